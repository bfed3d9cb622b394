-- loop: score() never returns for the indicator named "死循环"
return {
  name = "loop",
  score = function(kind, l1, l2, l3)
    if l3 == "死循环" then
      local i = 0
      while true do i = i + 1 end
    end
    return 3, "正常", "loop ok"
  end,
  grade = function() return "优" end,
}
