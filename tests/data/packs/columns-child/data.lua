-- extends: national
-- A bureau's own column names: its form heads the target column
-- 年度绩效目标值 and the indicator column 考核内容, and uses 单位 for the
-- unit that filled it in (so not as a 度量单位 column).
return {
  name = "columns-child",
  extends = "national",
  columns = { ["年度绩效目标值"] = "target", ["考核内容"] = "level3", ["单位"] = false },
}
