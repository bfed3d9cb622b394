-- bug-pattern-balance: %b() has no repetition quantifier, yet an
-- unanchored find over n unbalanced brackets is O(n^2) in the C matcher:
-- 10^6 "(" is ~5*10^11 steps, with the count hook silent throughout
return {
  name = "bug-pattern-balance",
  score = function(kind, l1, l2, l3)
    if l3 == "括号" then
      local s = string.rep("(", 1000000)
      return s:find("%b()") or 0, "x", "x"
    end
    return 1, "正常", "ok"
  end,
  grade = function() return "优" end,
}
