-- pcall-loop: score() catches the instruction-limit error with pcall
-- and loops again; the host must not let it outlive the budget
return {
  name = "pcall-loop",
  score = function(kind, l1, l2, l3)
    if l3 == "吞掉限制" then
      while true do pcall(function() while true do end end) end
    end
    return 1, "正常", "ok"
  end,
  grade = function() return "优" end,
}
