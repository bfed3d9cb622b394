-- extends: national
-- formula-unknown: a formula name the scoring does not know
local p = base
p.name = "formula-unknown"
p.extends = "national"
p.formulas.reverse = "A/B"
return p.bind(p)
