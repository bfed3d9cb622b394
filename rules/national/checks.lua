-- national/checks.lua：审核项清单（可改 severity，"off" 关闭）与审核用的词表、容差。
-- 数据文件：宿主在 framework.lua 之后加载并合并；审核项的实现在 checks_impl.lua。

local P = {}

-- 指标值可以写成的定性词（unknown-qualitative 审核项用）。
P.target_words = {
  "充分", "合理", "有效", "完整", "规范", "完备", "符合相关要求", "符合要求", "符合规定", "符合相关规定",
  "明显", "明显提高", "明显提升", "明显改善", "逐步扩大", "逐步提高", "有效缓解", "有效提升", "有效提高",
  "成效明显", "效果明显", "积极影响", "有所提高", "有所提升", "有所改善", "提高", "提升", "改善", "稳定",
  "间接效益", "直接效益", "完成", "全部完成", "按时完成", "及时完成", "优化实现", "准确按时", "及时进行",
  "即时结算", "在规定时间内", "按协议实施", "达标", "合格", "良好", "安全", "准确", "及时", "长期", "持续",
}

P.formulas = {
  -- 数额比较的容差（万元）
  funds_tolerance = 0.005,
  -- 项目资金合计与“项目支出”比较的容差：max(abs, rel × 项目支出)
  spending_tolerance = { abs = 0.01, rel = 0.0001 },

  -- 审核用的词表
  money_units = { "万元", "元", "亿元", "千元" },
  count_units = { "人", "人次", "次", "个", "场", "项", "户", "种", "台", "件", "套", "名", "家", "所", "册", "份", "批", "篇", "处" },
  count_words = { "人数", "人次", "次数", "个数", "场次", "户数", "数量", "项数" },
  growth_words = { "增长率", "变动率", "增长", "增幅", "提高率", "同比", "环比", "超额" },
  saving_words = { "节约", "节省", "降低率", "下降率" },
  cost_words = { "成本", "费用", "经费" },
  -- 满意度指标的名称应含这些词；满意度指标下名称不含它们的（如“政策知晓率”“培训持续影响度”）不算满意度指标
  satisfaction_words = { "满意" },
  -- 数量指标名称含这些词时，数量越少越好，写成上限（≤）是对的（count-upper-bound 不报）
  negative_count_words = { "投诉", "事故", "差错", "违规", "违纪", "失误", "故障", "逾期", "超时", "缺陷",
                           "返工", "上访", "信访", "案件", "不合格", "退回", "重复" },
  -- 指标名称里已写明方向的词（“控制在预算范围内”）：指标值未写比较符时不再提示 implied-operator
  operator_name_words = { "控制在", "范围内", "以内", "不超过", "不高于", "不低于", "不少于", "以上" },
  -- 只减不增的变动率：名称含 match 且含“变动率”的指标，目标应 ≤ limit（%）。
  -- 来源：部门整体支出绩效评价指标表“‘三公经费’变动率≤0 计满分，每超过一个百分点扣分值的10%”
  -- （本包 steps 的同一来源）和“厉行节约支出变动率 ≤0”（洛龙区 2021 部门整体申报表）；
  -- 中央八项规定与“过紧日子”要求“三公”经费只减不增。目标为正数时，按扣分规则实际达到目标也要扣分。
  no_increase = {
    { match = "三公经费", limit = 0, what = "“三公”经费" },
    { match = "厉行节约", limit = 0, what = "厉行节约支出" },
  },

  -- 解析器提示中已由审核项覆盖的代码（parser-note 不再重复报告）
  covered_notes = { "damaged", "placeholder", "placeholder-row", "empty", "split", "split-cell", "realigned", "duplicate" },
}

-- 审核项清单：地区包可改 severity（"off" 关闭）；impl 是 checks_impl.lua 中 C 表的键
P.checks = {
  { code = "missing-output",       severity = "error",   description = "项目没有产出指标" },
  { code = "missing-benefit",      severity = "error",   description = "项目没有效益指标" },
  { code = "missing-satisfaction", severity = "error",   description = "项目没有满意度指标" },
  { code = "missing-level1",       severity = "warning", description = "部门整体绩效目标缺少框架中的某个一级指标" },
  { code = "empty-target",         severity = "error",   description = "指标值为空" },
  { code = "placeholder-target",   severity = "error",   description = "指标值只是占位符（……、/、-、“指标2：”）" },
  { code = "damaged-target",       severity = "error",   description = "指标值或指标名称残缺（在页边被截断）" },
  { code = "vague-target",         severity = "warning", description = "数量/质量/比率指标只写了定性词或时间词，时效指标没写时限" },
  { code = "unknown-qualitative",  severity = "info",    description = "定性指标值不在常用词表中" },
  { code = "cost-vs-funds",        severity = "warning", description = "成本指标金额与项目资金总额不一致或高于资金总额" },
  { code = "funds-sum",            severity = "error",   description = "资金总额不等于财政性资金与其他资金之和" },
  { code = "funds-missing",        severity = "warning", description = "资金栏目应填数字而未填（含项目资金整栏空白）" },
  { code = "projects-vs-spending", severity = "warning", description = "各项目资金合计与部门项目支出不一致" },
  { code = "unit-mismatch",        severity = "warning", description = "指标值单位与指标性质不符" },
  { code = "cost-lower-bound",     severity = "warning", description = "成本或变动率指标写成了下限（≥、>）" },
  { code = "rate-over-100",        severity = "warning", description = "比率指标值超过 100%（增长率、变动率除外）" },
  { code = "rate-upper-bound",     severity = "warning", description = "比率指标写成上限 ≤100%，恒能达到，不构成目标" },
  { code = "count-upper-bound",    severity = "warning", description = "数量指标写成上限（≤），完成 0 也算达到" },
  { code = "change-rate-increase", severity = "warning", description = "“三公经费”、厉行节约等只减不增的变动率目标为正数" },
  { code = "implied-operator",     severity = "info",    description = "指标值未写比较符，方向靠推断" },
  { code = "split-cell",           severity = "warning", description = "两个指标写在同一单元格中" },
  { code = "realigned",            severity = "info",    description = "指标行单元格错位或放错了一级指标，解析时已对齐/归位（附说明）" },
  { code = "duplicate-indicator",  severity = "warning", description = "同一表（同一期间）中三级指标重名" },
  { code = "misplaced-indicator",  severity = "warning", description = "指标列在不属于它的一级/二级下（满意度栏填了非满意度指标；部门表标准三级指标错位）" },
  { code = "parser-note",          severity = "info",    description = "解析时发现的其他问题" },
}
for _, c in ipairs(P.checks) do c.impl = c.code end

return P
