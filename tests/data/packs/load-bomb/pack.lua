-- load-bomb: pack.lua exhausts memory while loading
local t = {}
for i = 1, 1e9 do t[i] = string.rep("y", 4096) .. i end
return { name = "load-bomb" }
