-- data-child: a child pack written as data only (no pack.lua, no bind):
-- the host merges these changes into national's copy and binds
return {
  name = "data-child",
  extends = "national",
  weights = {
    project = { ["产出指标"] = 40, ["效益指标"] = 30, ["满意度指标"] = 20 },
  },
  grades = {
    { min = 90, name = "优" },
    { min = 75, name = "良" },
    { min = 60, name = "中" },
    { min = 0, name = "差" },
  },
  checks = { ["funds-missing"] = { severity = "off" } },
}
