-- extends: national
-- reverse-ratio: national with the ratio formula for 反向 (A ÷ B × 分值),
-- one decimal, and a 定性 vocabulary with a word in two bands (the first
-- band wins) and a word with a space in it: the host's built-in formulas
-- must take the closures' answers on all of these (tests/test_score_table.c)
local p = base
p.name = "reverse-ratio"
p.extends = "national"
p.round = 1
p.formulas = { reverse = "ratio" }
p.vocabulary = {
  achieved = { "达成", "完成", "较好" },
  partial = { "部分达成", "较好", "基本 完成" },
  failed = { "未达成", "未完成" },
}
return p.bind(p)
