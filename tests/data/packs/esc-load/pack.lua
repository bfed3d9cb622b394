-- esc-load: tries an escape while the pack loads; must fail
local f = load("return 1")
return {
  name = "esc-load",
  score = function(kind, l1, l2, l3, tkind, op, target, tmax, unit, implied, actual, text, points, given)
    return 1, "固定", "ok"
  end,
  grade = function(total) return "优" end,
}
