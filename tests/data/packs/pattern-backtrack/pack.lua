-- pattern-backtrack: one string.find call with a backtracking pattern; the
-- count hook never fires inside the C matcher, so the host must guard it
return {
  name = "pattern-backtrack",
  score = function(kind, l1, l2, l3)
    if l3 == "回溯" then
      local s = string.rep("a", 5000)
      return #(s:find(".-.-.-.-.-.-.-.-b") or ""), "x", "x"
    end
    return 1, "正常", "ok"
  end,
  grade = function() return "优" end,
}
