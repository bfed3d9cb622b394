-- extends: national
-- grade-no-min: one grade without min
local p = base
p.name = "grade-no-min"
p.extends = "national"
p.grades = {
  { min = 90, name = "优" },
  { name = "良" },
  { min = 60, name = "中" },
  { min = 0, name = "差" },
}
return p.bind(p)
