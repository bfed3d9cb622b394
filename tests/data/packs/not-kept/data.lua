-- not-kept: national without the older framework's 效益指标 / 服务对象满意度指标
-- combination, so such rows are 效益 rows and not 满意度 rows (a check that
-- asks which 一级 a row counts under must see this pack's answer, not
-- national's, in the same process)
return {
  name = "not-kept",
  extends = "national",
  kept_as_printed = { project = {} },
}
