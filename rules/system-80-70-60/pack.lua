-- extends: national
-- system-80-70-60: 某已部署系统的等级划分：优 ≥80，良 ≥70，中 ≥60，差 <60。
-- 其余（权重、公式、审核项）与 national 完全相同。

local p = base
p.name = "system-80-70-60"
p.extends = "national"
p.version = "1"
p.region = "全国（等级 80/70/60）"
p.description = "等级 优≥80、良≥70、中≥60、差<60（一个已部署系统的划分）；其余同 national。"
p.sources = {
  "已部署的预算绩效管理系统：等级划分 80/70/60",
  "继承 national：财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）",
}

p.grades = {
  { min = 80, name = "优" },
  { min = 70, name = "良" },
  { min = 60, name = "中" },
  { min = 0,  name = "差" },
}

return p.bind(p)
