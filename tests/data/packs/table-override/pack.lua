-- table-override: a child of national that replaces score after bind
-- (docs/rules.md 4.2) for one indicator.  The host must not score its
-- tables through national's table entry (score_table declines): the
-- override is called for every indicator (tests/test_score_table.c).
local p = base
p.name = "table-override"
p.extends = "national"
local b = p.bind(p)
local national_score = b.score
b.score = function(kind, l1, l2, l3, tkind, op, target, target_max, unit, implied, actual, actual_text, points, ...)
  if l3 == "离休干部人数" then
    return points / 2, "本市口径", "本市口径: 一半"
  end
  return national_score(kind, l1, l2, l3, tkind, op, target, target_max, unit, implied, actual, actual_text, points, ...)
end
return b
