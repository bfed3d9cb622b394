-- runtime-error: score() indexes nil for the indicator named "出错指标"
-- (the line below marked LINE 7 is the failing one)
return {
  name = "runtime-error",
  score = function(kind, l1, l2, l3)
    local missing = nil
    if l3 == "出错指标" then return missing.field end -- LINE 7
    return 1, "正常", "runtime ok"
  end,
  grade = function() return "优" end,
}
