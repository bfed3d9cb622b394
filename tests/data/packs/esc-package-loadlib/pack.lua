-- esc-package-loadlib: tries an escape while the pack loads; must fail
local f = package.loadlib("libc.so.6", "system")
return {
  name = "esc-package-loadlib",
  score = function(kind, l1, l2, l3, tkind, op, target, tmax, unit, implied, actual, text, points, given)
    return 1, "固定", "ok"
  end,
  grade = function(total) return "优" end,
}
