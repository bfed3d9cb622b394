-- many-names: the rule name is made from the indicator's name, so every
-- indicator has a rule name of its own (tests/test_engine.c: the host
-- keeps up to JX_MAX_NAMES of them, then fails the indicator with a message)
return {
  name = "many-names",
  score = function(kind, l1, l2, l3)
    return 1, "规则" .. l3, "ok"
  end,
  grade = function() return "优" end,
}
