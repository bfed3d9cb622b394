-- extends: national
-- extends-disagree: the first line says national, the field says sichuan
local p = base
p.name = "extends-disagree"
p.extends = "sichuan"
return p.bind(p)
