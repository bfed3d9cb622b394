-- require-ok: a module from the pack's own folder loads (control for the
-- require escapes below)
local helper = require("helper")
assert(helper.answer == 42, "helper not loaded")
return {
  name = "require-ok",
  score = function(kind, l1, l2, l3, tkind, op, target, tmax, unit, implied, actual, text, points, given)
    return 1, "固定", "ok"
  end,
  grade = function(total) return "优" end,
}
