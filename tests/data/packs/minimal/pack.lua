-- minimal: the smallest valid pack (positive control for the sandbox fixtures)
return {
  name = "minimal",
  score = function(kind, l1, l2, l3, tkind, op, target, tmax, unit, implied, actual, text, points, given)
    return 1, "固定", "ok"
  end,
  grade = function(total) return "优" end,
}
