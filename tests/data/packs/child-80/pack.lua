-- extends: national
-- child-80: national with grades 优≥80 良≥70 中≥60
local p = base
p.name = "child-80"
p.extends = "national"
p.grades = {
  { min = 80, name = "优" },
  { min = 70, name = "良" },
  { min = 60, name = "中" },
  { min = 0,  name = "差" },
}
return p.bind(p)
