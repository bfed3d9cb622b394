-- extends: national
-- jiangxi-2017: 2017 年江西省项目支出绩效自评表的计分方法（在 national 基础上修改）
--   * 反向指标（≤、<）超出目标时：目标值 ÷ 实际值 × 分值（national 用 (1−(B−A)÷A)×分值）。
--     目标为 0（≤0）时实际 >0 得 0 分；目标为负数时沿用 national 的偏差公式（A÷B 无意义）。
--   * 定性指标三档的边界为 80% 和 50%：达成 100%–80%，部分达成 80%–50%，未达成 50%–0%。
--   其余（权重 50/30/10 + 执行率 10、等级、审核项）同 national。

local p = base
p.name = "jiangxi-2017"
p.extends = "national"
p.version = "1"
p.region = "江西"
p.description = table.concat({
  "2017 年江西表：反向指标超出目标时按 目标÷实际×分值 计分；",
  "定性指标三档边界 80%、50%（达成 100%–80%，部分达成 80%–50%，未达成 50%–0%），默认取档上限。其余同 national。",
})
p.sources = {
  "2017 年江西省项目支出绩效自评表（反向指标 A÷B×分值；定性指标档位边界 80%、50%）",
  "继承 national：财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）",
}

p.formulas.reverse = "ratio"

p.bands = {
  achieved = { 1.0, 0.8 },
  partial  = { 0.8, 0.5 },
  failed   = { 0.5, 0.0 },
}

return p.bind(p)
