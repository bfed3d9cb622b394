-- data-poison: a data-only child whose data.lua tries to replace
-- string.format, which the host's helpers and national use; data.lua runs
-- in the same sandbox as pack.lua, so the library is read-only (line 4)
string.format = function() return "x" end
return { name = "data-poison", extends = "national" }
