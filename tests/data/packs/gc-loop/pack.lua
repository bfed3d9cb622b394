-- gc-loop: a finalizer (__gc) that never returns; finalizers run
-- whenever the collector decides (host code, lua_close), outside the budget;
-- the host must refuse it or bound it
setmetatable({}, { __gc = function() while true do end end })
return {
  name = "gc-loop",
  score = function() return 1, "正常", "ok" end,
  grade = function() return "优" end,
}
