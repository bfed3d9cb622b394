-- extends: no-such-pack
local p = base
p.name = "extends-missing"
p.extends = "no-such-pack"
return p
