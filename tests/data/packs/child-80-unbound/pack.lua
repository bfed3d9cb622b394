-- extends: national
-- child-80-unbound: changes grades and does not call p.bind(p): the
-- host binds it (docs/rules.md §4), as it does a data-only pack
local p = base
p.name = "child-80-unbound"
p.extends = "national"
p.grades = {
  { min = 80, name = "优" },
  { min = 70, name = "良" },
  { min = 60, name = "中" },
  { min = 0,  name = "差" },
}
return p
