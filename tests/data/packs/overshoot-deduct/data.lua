-- overshoot-deduct: a region that switches on the deduction by deviation
-- (财预〔2020〕10号 按照偏离度适度调减分值), threshold 50%
return {
  name = "overshoot-deduct",
  extends = "national",
  formulas = { overshoot = { threshold = 50, deduct = true } },
}
