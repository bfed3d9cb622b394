-- leak-set: writes globals and shared library tables; another engine must
-- not see any of it.  score() reports what it wrote, as leak-get does.
LEAKED = "yes"
return {
  name = "leak-set",
  score = function()
    LEAKED_AT_SCORE = "yes"
    string.leak = "yes"
    jx.leak = "yes"
    math.pi = 0
    return 1, "leak", string.format("%s,%s,%s,%s,%s", tostring(LEAKED),
      tostring(LEAKED_AT_SCORE), tostring(string.leak), tostring(jx.leak),
      tostring(math.pi))
  end,
  grade = function() return "优" end,
}
