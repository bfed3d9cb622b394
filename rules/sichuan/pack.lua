-- extends: national
-- sichuan: 四川省项目支出绩效自评（在 national 基础上修改）
--
-- 来源与取舍：
--   * 四川自评表：预算执行率 10 分，绩效指标 90 分（domain.md §3“Sichuan forms score it 10
--     and the indicators 90”）；执行率以调整后预算数为分母（有调整后预算数时）。
--   * 2022 年四川表：一级指标 产出/效益/满意度 = 70/20/10（domain.md §3“70/20/10 on a 2022
--     四川 form”）。
--   两者相加是 110 分，互相矛盾。本包两条都照原文保留：70/20/10 作为一级指标之间的比例，
--   按比例折算到指标总分 90 分，即 产出 63、效益 18、满意度 9；加预算执行率 10 分，合计 100。
--   若贵地表格直接印 70/20/10 分（不折算），把 indicator_total 改为 100 并核对执行率。

local p = base
p.name = "sichuan"
p.extends = "national"
p.version = "1"
p.region = "四川"
p.description = table.concat({
  "四川：预算执行率 10 分（全年执行数 ÷ 调整后预算数 × 10，无调整后预算数时用全年预算数，封顶），",
  "绩效指标 90 分；一级指标按 2022 年四川表的 产出70/效益20/满意度10 比例折算到 90 分：63/18/9。",
  "两处来源合计不一致（10+70+20+10=110），折算方式见 pack.lua 注释。其余规则同 national。",
})
p.sources = {
  "四川省项目支出绩效自评表：预算执行率 10 分、绩效指标 90 分，分母为调整后预算数",
  "2022 年四川省项目支出绩效自评表：产出 70、效益 20、满意度 10 的一级指标权重",
  "继承 national：财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）",
}

-- 预算执行率：10 分，分母为调整后预算数
p.execution.points = 10
p.execution.denominator = "adjusted"

-- 一级指标：比例（2022 四川表）与指标总分（四川自评表）
p.formulas.level1_shares = { ["产出指标"] = 70, ["效益指标"] = 20, ["满意度指标"] = 10 }
p.formulas.indicator_total = 90

local share_sum = 0
for _, v in pairs(p.formulas.level1_shares) do share_sum = share_sum + v end
for _, l1 in ipairs(p.framework.project) do
  local share = p.formulas.level1_shares[l1.name]
  if share then l1.points = share / share_sum * p.formulas.indicator_total end
end

return p.bind(p)
