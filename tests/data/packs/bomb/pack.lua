-- bomb: score() builds an ever-growing table of strings for "内存炸弹",
-- and one huge string for "大字符串"
return {
  name = "bomb",
  score = function(kind, l1, l2, l3)
    if l3 == "内存炸弹" then
      local t = {}
      for i = 1, 1e9 do t[i] = string.rep("x", 1000) .. i end
    elseif l3 == "大字符串" then
      local s = string.rep("x", 1 << 30)
      return #s, "big", "big"
    end
    return 2, "正常", "bomb ok"
  end,
  grade = function() return "优" end,
}
