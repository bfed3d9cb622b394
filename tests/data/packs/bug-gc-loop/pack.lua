-- bug-gc-loop: a finalizer (__gc) that never returns; finalizers run
-- whenever the collector decides (host code, lua_close), outside the budget
setmetatable({}, { __gc = function() while true do end end })
return {
  name = "bug-gc-loop",
  score = function() return 1, "正常", "ok" end,
  grade = function() return "优" end,
}
