-- table-one-error: national with one 分档计分 rule whose band is broken
-- (min written as text).  national's own score then fails on the one
-- indicator the rule matches ("坏档指标": a number compared with text)
-- and scores every other one as national does.  The host scores tables in
-- one call (score_table): that error must fail its indicator only, with
-- its message, exactly as one call per indicator does (tests/test_score_table.c).
return {
  name = "table-one-error",
  extends = "national",
  formulas = { tiers = { { match = "坏档指标", tiers = { { min = "九十", share = 1 } } } } },
}
