-- extends: national
-- points-order: national whose points show what the host passes for each
-- indicator: i (its place among the scored indicators of its 一级), n1
-- (how many those are) and n (all scored indicators of the table), as
-- i * 10000 + n1 * 100 + n.  tests/test_score.c, points_arguments.
local p = base
p.name = "points-order"
p.extends = "national"
p = p.bind(p)
p.points = function(kind, level1, i, n1, n) return i * 10000 + n1 * 100 + n end
return p
