-- leak-get: reports whether anything leak-set wrote is visible
return {
  name = "leak-get",
  score = function()
    return 1, "leak", string.format("%s,%s,%s,%s,%s", tostring(LEAKED),
      tostring(LEAKED_AT_SCORE), tostring(string.leak), tostring(jx.leak),
      tostring(math.pi))
  end,
  grade = function() return "优" end,
}
