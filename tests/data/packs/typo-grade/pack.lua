-- extends: national
-- typo-grade: p.grade instead of p.grades
local p = base
p.name = "typo-grade"
p.extends = "national"

p.grade = {
  { min = 80, name = "优" },
  { min = 0, name = "差" },
}
return p
