-- table-lib-override: a child of national that replaces p.lib.score and
-- binds again: score is then not national's compiled closure, and the
-- table entry must decline (tests/test_score_table.c).
local p = base
p.name = "table-lib-override"
p.extends = "national"
local national_lib_score = p.lib.score
p.lib.score = function(pk, kind, l1, l2, l3, ...)
  if l3 == "离休干部人数" then
    return 1, "本市口径", "本市口径: 1 分"
  end
  return national_lib_score(pk, kind, l1, l2, l3, ...)
end
return p.bind(p)
