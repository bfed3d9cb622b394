-- extends: national
-- folder-mismatch: the folder is folder-mismatch, the name is not
local p = base
p.name = "my-province"
p.extends = "national"
return p
