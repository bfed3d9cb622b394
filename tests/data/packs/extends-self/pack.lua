-- extends: extends-self
local p = base
p.name = "extends-self"
p.extends = "extends-self"
return p
