-- extends: national
-- grades-ascending: grades listed low to high
local p = base
p.name = "grades-ascending"
p.extends = "national"
p.grades = {
  { min = 0, name = "差" },
  { min = 60, name = "中" },
  { min = 75, name = "良" },
  { min = 90, name = "优" },
}
return p.bind(p)
