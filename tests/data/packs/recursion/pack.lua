-- recursion: score() recurses without end for "深递归" (every call grows
-- the stack), calls itself in tail position for "尾递归" (no stack
-- growth and no backward jump: only a call can see the budget), and
-- loops in many short function calls for "短调用" (each call returns at
-- once; the loop runs the budget out)
local function deep(n) return 1 + deep(n + 1) end
local function tail(n) return tail(n + 1) end
local function short(i) return i + 1 end
return {
  name = "recursion",
  score = function(kind, l1, l2, l3)
    if l3 == "深递归" then
      return deep(1), "x", "x"
    elseif l3 == "尾递归" then
      return tail(1), "x", "x"
    elseif l3 == "短调用" then
      local i = 0
      repeat i = short(i) until i < 0
    end
    return 4, "正常", "recursion ok"
  end,
  grade = function() return "优" end,
}
