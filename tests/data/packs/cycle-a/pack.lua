-- extends: cycle-b
local p = base
p.name = "cycle-a"
p.extends = "cycle-b"
return p
