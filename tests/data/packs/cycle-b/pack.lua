-- extends: cycle-a
local p = base
p.name = "cycle-b"
p.extends = "cycle-a"
return p
