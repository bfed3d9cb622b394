-- bug-pattern-loop: each find below is under the per-call pattern guard
-- (2 quantifiers over 1000 bytes, estimated 10^9 < 10^10) but takes about
-- a second in C; a loop of them costs a few VM instructions per call
return {
  name = "bug-pattern-loop",
  score = function(kind, l1, l2, l3)
    if l3 == "循环回溯" then
      local s = string.rep("a", 1000)
      for i = 1, 1000 do s:find(".-.-b") end
    end
    return 1, "正常", "ok"
  end,
  grade = function() return "优" end,
}
