-- no-extends: edits base but never says which pack it extends
local p = base
p.name = "no-extends"
p.grades[1].min = 85
return p.bind(p)
