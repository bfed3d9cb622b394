-- esc-os-execute: tries an escape while the pack loads; must fail
os.execute("touch /tmp/jixiao-sandbox-escaped")
return {
  name = "esc-os-execute",
  score = function(kind, l1, l2, l3, tkind, op, target, tmax, unit, implied, actual, text, points, given)
    return 1, "固定", "ok"
  end,
  grade = function(total) return "优" end,
}
