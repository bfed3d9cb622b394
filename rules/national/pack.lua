-- national: 全国默认规则包（财政部《项目支出绩效评价管理办法》财预〔2020〕10号）
--
-- 本文件的结构：先是数据（框架、关键词、词表、等级、公式参数、审核项），
-- 后是小函数（框架归位、分值、打分、执行率、等级、审核）。
-- 地区规则包以 `-- extends: national` 开头，修改 `base` 里的数据，
-- 最后 `return p.bind(p)`（见 docs/rules.md“为什么要 bind”）。
--
-- Layout: data tables first, then small functions.  Every function takes the
-- pack table `p` as its first argument and reads its data from there, so a
-- child pack that edits the data and calls p.bind(p) gets the new behaviour.

local P = {}

P.name = "national"
P.version = "1"
P.region = "全国"
P.extends = nil
P.description = table.concat({
  "全国默认：一级指标 产出50/效益30/满意度10，预算执行率10（执行数÷全年预算数×10，封顶）；",
  "正向指标 实际÷目标×分值；反向指标 采用“(1−(实际−目标)÷目标)×分值，实际≥2倍目标时为0”",
  "（已部署的省级系统公式；另一公式“目标÷实际×分值”见 2017 江西表，由 jiangxi-2017 包提供），",
  "目标≤0 时实际≤0 得满分、否则 0 分；定性指标三档 100%–80%、80%–60%、60%–0%，默认取档上限；",
  "变动率指标按反向打分；“三公经费”变动率（部门整体）按扣分规则：≤0 满分，每超过1个百分点扣分值的10%；",
  "等级 优≥90 良≥80 中≥60 差<60。部门整体一级指标的分值来源文件未给出，按框架五个一级平均分配 100 分（各20分）。",
})
P.sources = {
  "财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）：一级指标权重、等级、定量/定性计分方法",
  "财政部预算司 中央部门绩效评价结果等级：优90–100、良80–89、中60–79、差0–59",
  "部门整体绩效目标申报表（洛龙区医疗保障局 2021、鲁山县医疗保障局 2020）：部门整体指标框架、变动率公式",
  "部门整体支出绩效评价指标表（多地）：“三公经费”变动率≤0 计满分，每超过一个百分点扣分值的10%，扣完为止",
  "项目支出绩效自评表（seed 000 脚注）：满意度 得分=实际完成值÷目标值×指标分值",
}
P.round = 2

---------------------------------------------------------------------------
-- 1. 框架 framework
--   keywords: 三级指标名称里出现这些词时，推断为该二级指标（按 infer_order 的顺序尝试）
--   units:    三级名称推断不出时，按指标值的单位推断
---------------------------------------------------------------------------
P.framework = {}

P.framework.project = {
  { name = "产出指标", aliases = { "产出", "项目产出" }, points = 50,
    level2 = {
      { name = "数量指标", aliases = { "数量" },
        keywords = { "人数", "场次", "人次", "次数", "数量", "个数", "天数", "户数", "项数", "件数", "台数", "册数", "批次" },
        units = { "人", "人次", "次", "个", "场", "项", "户", "种", "台", "件", "套", "名", "家", "所", "册", "份", "期", "批", "篇", "天", "处", "座", "辆" } },
      { name = "质量指标", aliases = { "质量" },
        keywords = { "达标率", "合格率", "完成率", "覆盖率", "救助率", "代缴率", "正常运行率", "通过率", "准确率",
                     "验收", "达标", "合格", "规范性", "完整性", "准确性", "完好率", "执行率", "到位率", "发放率" },
        units = { "%" } },
      { name = "时效指标", aliases = { "时效" },
        keywords = { "及时性", "及时率", "完成时间", "响应时间", "时间", "时限", "按时", "及时", "期限", "进度", "按月", "按季" },
        units = { "小时", "分钟", "工作日", "日", "月", "年" } },
      { name = "成本指标", aliases = { "成本" },
        keywords = { "成本", "费用", "经费" },
        units = { "万元", "元", "亿元", "千元" } },
      -- 实际表格中成本指标有时细分为以下三类；保留原名，不参与推断。
      { name = "经济成本指标", aliases = { "经济成本" }, keywords = {}, units = {} },
      { name = "社会成本指标", aliases = { "社会成本" }, keywords = {}, units = {} },
      { name = "生态环境成本指标", aliases = { "生态环境成本", "生态成本指标" }, keywords = {}, units = {} },
    } },
  { name = "效益指标", aliases = { "效益", "项目效益" }, points = 30,
    level2 = {
      { name = "经济效益指标", aliases = { "经济效益" },
        keywords = { "经济效益", "经济", "收入", "增收", "产值", "税收", "间接效益", "直接效益", "节约资金" } },
      { name = "社会效益指标", aliases = { "社会效益" },
        keywords = { "社会效益", "社会", "群众", "知晓率", "参保率", "负担", "就医", "保障", "救助", "受益", "补偿",
                     "报销", "待遇", "服务水平", "效率", "便捷", "就业", "岗位" } },
      { name = "生态效益指标", aliases = { "生态效益" },
        keywords = { "生态", "环境", "绿化", "排放", "节能", "污染", "水质", "空气" } },
      { name = "可持续影响指标", aliases = { "可持续影响", "可持续发展指标" },
        keywords = { "可持续", "持续", "长效", "长期", "机制", "影响度" } },
    } },
  { name = "满意度指标", aliases = { "满意度", "服务对象满意度" }, points = 10,
    level2 = {
      { name = "服务对象满意度指标", aliases = { "服务对象满意度", "满意度指标" },
        keywords = { "满意度", "满意率", "满意" } },
    } },
}

-- 部门整体：来源文件没有给出一级指标分值。这里按框架的五个一级平均分配 100 分（各 20 分），
-- 再在每个一级内平均分给三级指标。points() 只知道本一级的指标个数，不知道表中出现了几个一级，
-- 所以缺一级的表满分达不到 100（缺一级本身由 missing-level1 审核项报告）。
-- names：部门整体申报表模板中该二级下的标准三级指标名称（取自 domain.md §2 的框架和两份部门整体申报表
-- 洛龙 2021、鲁山 2020 中位置一致的行）。三级名称（去掉末尾编号，如“重要改革事项1”）与某个二级的
-- 标准名称相同、却放在别的二级下时（常见于分页处丢了合并单元格），misplaced-indicator 审核项报告；
-- realign_standard_names 为真时 frame 还会把它移回标准位置（会改变各一级下的指标个数和分值）。
P.framework.department = {
  { name = "履职效能", aliases = {}, points = 20,
    level2 = {
      { name = "工作目标管理情况", aliases = {}, keywords = { "目标依据", "目标合理", "目标管理" },
        names = { "目标依据充分性", "工作目标合理性", "目标管理有效性" } },
      { name = "整体工作完成", aliases = {}, keywords = { "总体工作完成", "牵头单位", "整体工作" },
        names = { "总体工作完成率", "牵头单位工作完成率" } },
      { name = "重点工作履行", aliases = {}, keywords = { "重点工作" },
        names = { "重点工作计划完成率" } },
      { name = "部门目标实现", aliases = {}, keywords = { "目标实现", "目标达成", "任务量" },
        names = { "年度工作目标实现率" } },
    } },
  { name = "管理效率", aliases = {}, points = 20,
    level2 = {
      { name = "预算管理", aliases = {}, keywords = { "预算", "结转结余", "项目库", "国库", "决算", "专项资金细化" },
        names = { "预算编制完整性", "专项资金细化率", "预算执行率", "预算调整率", "结转结余变动率",
                  "部门决算编报质量", "项目库管理完整性", "国库集中支付合规性" } },
      { name = "收支管理", aliases = {}, keywords = { "收入管理", "支出管理", "收支" },
        names = { "收入管理规范性", "支出管理规范性" } },
      { name = "财务管理", aliases = {}, keywords = { "财务", "银行账户", "政府采购", "内控" },
        names = { "财务管理制度的完备性", "银行账户管理规范性", "政府采购执行率", "内控制度有效性" } },
      { name = "资产管理", aliases = {}, keywords = { "资产" },
        names = { "资产管理规范性", "部门固定资产利用率" } },
      { name = "基础管理", aliases = {}, keywords = { "信息化", "管理制度", "档案" },
        names = { "信息化建设成效", "管理制度建设成效" } },
    } },
  { name = "运行成本", aliases = {}, points = 20,
    level2 = {
      { name = "成本控制成效", aliases = { "成本控制" }, keywords = { "变动率", "节约率", "经费", "成本" },
        names = { "在职人员经费变动率", "离退休人员经费变动率", "人均公用经费变动率", "“三公经费”变动率",
                  "厉行节约支出变动率", "总体成本节约率" } },
    } },
  { name = "服务满意", aliases = { "满意度" }, points = 20,
    level2 = {
      { name = "服务对象满意", aliases = { "服务对象满意度" }, keywords = { "群众满意", "对口部门满意", "服务对象满意", "公众满意" },
        names = { "群众满意度", "对口部门满意度" } },
      { name = "利益相关方满意", aliases = { "利益相关方满意度" }, keywords = { "企业满意", "社会组织满意", "利益相关" },
        names = { "企业满意度", "社会组织满意度" } },
      { name = "监督部门满意", aliases = { "监督部门满意度" }, keywords = { "监督部门满意" },
        names = { "外部监督部门满意度" } },
    } },
  { name = "可持续性", aliases = { "可持续发展" }, points = 20,
    level2 = {
      { name = "体制机制改革情况", aliases = { "体制机制改革" }, keywords = { "改革" },
        names = { "重要改革事项" } },
      { name = "创新能力", aliases = {}, keywords = { "创新" },
        names = { "重点创新事项" } },
      { name = "人才支撑", aliases = {}, keywords = { "人才", "培训", "职称", "硕士", "博士" },
        names = { "高层次领军人才", "培训计划执行率", "高级职称人才比重", "硕士和博士人才数量" } },
    } },
}

-- 按标准三级名称（level2.names）归位：默认只报告（misplaced-indicator），不移动，
-- 以免改变既有表格的分值分配；置为 true 时 frame 把这些行移到标准位置并标为 realigned。
P.realign_standard_names = false

-- 推断二级时尝试的顺序（名称在前者优先）：满意度、时效（“及时率”先于“…率”）、成本、质量、数量，
-- 效益类二级按框架顺序。没列出的二级排在后面。
P.infer_order = {
  "服务对象满意度指标", "时效指标", "成本指标", "质量指标", "数量指标",
  "生态效益指标", "经济效益指标", "可持续影响指标", "社会效益指标",
}

-- 按三级名称归位：三级名称以 ends 中的词结尾、却放在别的一级下时，移到 level1（如部门表中
-- “群众满意度”因丢了前导单元格落在“运行成本”块里）。只收名称能明确归属的情形。
P.realign_by_name = {
  project    = { { ends = { "满意度", "满意率" }, level1 = "满意度指标" } },
  department = { { ends = { "满意度", "满意率" }, level1 = "服务满意" } },
}

---------------------------------------------------------------------------
-- 2. 预算执行率、等级
---------------------------------------------------------------------------
P.execution = { name = "预算执行率", points = 10, denominator = "budget" }

P.grades = {
  { min = 90, name = "优" },
  { min = 80, name = "良" },
  { min = 60, name = "中" },
  { min = 0,  name = "差" },
}

---------------------------------------------------------------------------
-- 3. 定性指标：实际完成值词表（按 failed → partial → achieved 的顺序匹配，
--    “未完成”先于“完成”）与三档分值区间（分值的比例：上限, 下限）
---------------------------------------------------------------------------
P.vocabulary = {
  achieved = { "达成年度指标", "达成预期指标", "达成预期目标", "达成", "完成", "已完成", "全部完成", "达到", "已达到",
               "实现", "已实现", "效果明显", "成效明显", "明显", "显著", "充分", "合理", "有效", "完整", "规范",
               "完备", "符合要求", "符合相关要求", "及时", "及时完成", "按时完成", "是", "好", "优" },
  partial  = { "部分达成年度指标并具有一定效果", "部分达成", "部分完成", "基本达成", "基本完成", "基本实现",
               "基本达到", "基本符合", "部分实现", "一定效果", "较好", "良", "基本" },
  failed   = { "未达成年度指标且效果较差", "未达成", "未完成", "未达到", "未实现", "未能", "没有完成", "效果较差",
               "效果差", "较差", "差", "否", "无" },
}

-- 档位边界：分值的比例 {上限, 下限}。默认得分取上限；填报得分（given）须落在 [下限, 上限] 内（两端都含）。
P.bands = {
  achieved = { 1.0, 0.8 },
  partial  = { 0.8, 0.6 },
  failed   = { 0.6, 0.0 },
}
P.band_names = { achieved = "达成", partial = "部分达成", failed = "未达成" }

-- 指标值可以写成的定性词（unknown-qualitative 审核项用）。
P.target_words = {
  "充分", "合理", "有效", "完整", "规范", "完备", "符合相关要求", "符合要求", "符合规定", "符合相关规定",
  "明显", "明显提高", "明显提升", "明显改善", "逐步扩大", "逐步提高", "有效缓解", "有效提升", "有效提高",
  "成效明显", "效果明显", "积极影响", "有所提高", "有所提升", "有所改善", "提高", "提升", "改善", "稳定",
  "间接效益", "直接效益", "完成", "全部完成", "按时完成", "及时完成", "优化实现", "准确按时", "及时进行",
  "即时结算", "在规定时间内", "按协议实施", "达标", "合格", "良好", "安全", "准确", "及时", "长期", "持续",
}

---------------------------------------------------------------------------
-- 4. 公式参数 formulas（打分函数读取这些数据）
---------------------------------------------------------------------------
P.formulas = {
  -- 反向指标（≤、<）超出目标时：
  --   "deviation": (1 − (B−A)÷A) × 分值，B ≥ 2A 时为 0（已部署的省级系统；偏差越大扣得越多，线性、可解释）
  --   "ratio":     A ÷ B × 分值（2017 江西表）
  -- 全国默认选 "deviation"：A÷B 在超出一倍时仍给一半分，对成本、变动率类指标过宽。
  reverse = "deviation",

  -- 名称里含这些词的指标按“变动率”打分（对变动率本身按反向指标计算）。
  change_rate = { "变动率" },

  -- 扣分规则：三级名称含 match 的指标（kind 为空则项目、部门都适用）：
  --   实际 ≤ limit 得满分；每超过 per（个百分点）扣 share × 分值，扣完为止（按超出量成比例扣，不取整）。
  -- 来源：部门整体支出绩效评价指标表“‘三公经费’变动率≤0，计N分；每超过一个百分点扣0.1N分，扣完为止”。
  steps = {
    { match = "“三公经费”变动率", kind = "department", limit = 0, per = 1, share = 0.1, step_name = "个百分点" },
  },

  -- 分档计分（“≥90% 计5分；80%(含)–90% 计4分 …”）：三级名称含 match 的指标，
  -- 实际 ≥ min 的第一档得 share × 分值。来源未指明适用哪个指标，全国默认不启用（空表）。
  -- 示例： { match = "预算执行率", kind = "department",
  --          tiers = { {min=90, share=1}, {min=80, share=0.8}, {min=0, share=0} } }
  tiers = {},

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

---------------------------------------------------------------------------
-- 5. 小工具
---------------------------------------------------------------------------
local L = {}   -- library: every function takes the pack first when it needs data

local function trim(s)
  if s == nil then return "" end
  s = tostring(s)
  -- ASCII 空白用 %s；全角空格 U+3000 是多字节字符，不能放进 [ ]，单独循环去掉
  local changed = true
  while changed do
    local before = s
    s = s:gsub("^%s+", ""):gsub("%s+$", "")
    if s:sub(1, 3) == "\u{3000}" then s = s:sub(4) end
    if #s >= 3 and s:sub(-3) == "\u{3000}" then s = s:sub(1, -4) end
    changed = s ~= before
  end
  return s
end
L.trim = trim

-- "产出指标（50分）" / "产出指标(50分)" -> "产出指标"
local function clean_name(s)
  s = trim(s)
  -- （ ） are multi-byte: use them literally, not inside [ ]
  s = s:gsub("（%s*[%d%.]+%s*分%s*）$", ""):gsub("%(%s*[%d%.]+%s*分%s*%)$", "")
  return trim(s)
end
L.clean_name = clean_name

local function has(s, word) return s ~= nil and word ~= nil and word ~= "" and jx.contains(s, word) end
local function has_any(s, list) return s ~= nil and list ~= nil and jx.any(s, list) end

local function in_list(x, list)
  for _, v in ipairs(list or {}) do if v == x then return true end end
  return false
end
L.in_list = in_list

local function clamp(x, lo, hi)
  if x < lo then return lo end
  if x > hi then return hi end
  return x
end

local F = function(x) return jx.fmt(x) end

---------------------------------------------------------------------------
-- 6. 框架归位 frame
---------------------------------------------------------------------------

-- 一级名称 -> 框架项（名称或别名，去掉“（50分）”）
function L.find_level1(p, kind, name)
  name = clean_name(name)
  if name == "" then return nil end
  for _, l1 in ipairs(p.framework[kind] or {}) do
    if l1.name == name or in_list(name, l1.aliases) then return l1 end
  end
  return nil
end

-- 二级名称 -> 框架项及所属一级
function L.find_level2(p, kind, name)
  name = clean_name(name)
  if name == "" then return nil end
  for _, l1 in ipairs(p.framework[kind] or {}) do
    for _, l2 in ipairs(l1.level2 or {}) do
      if l2.name == name or in_list(name, l2.aliases) then return l2, l1 end
    end
  end
  return nil
end

-- 候选二级按 infer_order 排序
local function ordered_level2(p, kind, only_l1)
  local list = {}
  for _, l1 in ipairs(p.framework[kind] or {}) do
    if only_l1 == nil or l1 == only_l1 then
      for _, l2 in ipairs(l1.level2 or {}) do list[#list + 1] = { l2 = l2, l1 = l1 } end
    end
  end
  local rank = {}
  for i, n in ipairs(p.infer_order or {}) do rank[n] = i end
  for i, e in ipairs(list) do e.pos = (rank[e.l2.name] or 1000) * 1000 + i end
  table.sort(list, function(a, b) return a.pos < b.pos end)
  return list
end

-- 从三级名称（关键词）再从单位推断二级；只在 only_l1 之内找（nil 则在全部一级中找）
function L.infer_level2(p, kind, only_l1, level3, unit)
  local cands = ordered_level2(p, kind, only_l1)
  level3 = level3 or ""
  for _, e in ipairs(cands) do
    for _, kw in ipairs(e.l2.keywords or {}) do
      if has(level3, kw) then return e.l2, e.l1, "三级名称含“" .. kw .. "”" end
    end
  end
  if unit and unit ~= "" then
    for _, e in ipairs(cands) do
      if in_list(unit, e.l2.units) then return e.l2, e.l1, "指标值单位为“" .. unit .. "”" end
    end
  end
  -- 一级下只有一个二级（如满意度指标）时直接取它
  if only_l1 and #(only_l1.level2 or {}) == 1 then
    return only_l1.level2[1], only_l1, "该一级指标只有一个二级指标"
  end
  return nil
end

local function ends_with(s, suffix)
  return #s >= #suffix and s:sub(-#suffix) == suffix
end

-- 三级名称决定一级（realign_by_name）：返回目标一级的框架项，或 nil
function L.name_owner(p, kind, level3)
  local name3 = trim(level3)
  for _, r in ipairs((p.realign_by_name or {})[kind] or {}) do
    for _, e in ipairs(r.ends or {}) do
      if ends_with(name3, e) then return L.find_level1(p, kind, r.level1) end
    end
  end
  return nil
end

-- 三级名称是框架某二级的标准名称（level2.names）时，返回该二级及所属一级。
-- 比较前去掉空白和末尾编号（“重要改革事项1” → “重要改革事项”）。
function L.standard_place(p, kind, level3)
  local name3 = trim(level3):gsub("%s+", ""):gsub("%d+$", "")
  if name3 == "" then return nil end
  for _, l1 in ipairs(p.framework[kind] or {}) do
    for _, l2 in ipairs(l1.level2 or {}) do
      if in_list(name3, l2.names) then return l2, l1 end
    end
  end
  return nil
end

function L.frame(p, kind, level1, level2, level3, unit, vkind)
  local l1, l2, how, note = L.frame_basic(p, kind, level1, level2, level3, unit, vkind)
  local owner = L.name_owner(p, kind, level3)
  if owner and l1 ~= nil and l1 ~= owner.name then
    local il2 = L.infer_level2(p, kind, owner, trim(level3), unit)
    local new2 = il2 and il2.name or nil
    return owner.name, new2, "realigned",
      string.format("“%s”是%s类指标，原在“%s%s”下，已移入“%s%s”", trim(level3), owner.name, l1,
        l2 and (" / " .. l2) or "", owner.name, new2 and (" / " .. new2) or "")
  end
  local s2, s1 = nil, nil
  if p.realign_standard_names then s2, s1 = L.standard_place(p, kind, level3) end
  if s2 and l1 ~= nil and (l1 ~= s1.name or l2 ~= s2.name) then
    return s1.name, s2.name, "realigned",
      string.format("“%s”是“%s / %s”下的标准三级指标，原在“%s%s”下，已移入“%s / %s”", trim(level3),
        s1.name, s2.name, l1, l2 and (" / " .. l2) or "", s1.name, s2.name)
  end
  return l1, l2, how, note
end

function L.frame_basic(p, kind, level1, level2, level3, unit, vkind)
  local l1 = L.find_level1(p, kind, level1)
  local l2, owner = L.find_level2(p, kind, level2)
  local name3 = trim(level3)
  local out1 = l1 and l1.name or (level1 and clean_name(level1) ~= "" and clean_name(level1)) or nil
  local out2 = l2 and l2.name or (level2 and clean_name(level2) ~= "" and clean_name(level2)) or nil

  if l2 then
    if l1 and owner ~= l1 then
      -- 行落在错误的一级块中：二级属于另一个一级
      return owner.name, l2.name, "realigned",
        string.format("“%s”的二级指标“%s”属于“%s”，已从“%s”移入“%s”",
          name3, l2.name, owner.name, l1.name, owner.name)
    end
    if not l1 then
      if out1 then
        -- 一级写了一个框架里没有的名称：按二级归位
        return owner.name, l2.name, "realigned",
          string.format("“%s”的一级指标“%s”不在框架中，按二级指标“%s”归入“%s”",
            name3, out1, l2.name, owner.name)
      end
      return owner.name, l2.name, "inferred",
        string.format("“%s”缺少一级指标，按二级指标“%s”补为“%s”", name3, l2.name, owner.name)
    end
    return l1.name, l2.name, nil, nil
  end

  if out2 then
    -- 二级写了框架外的名称：保留原样
    return out1, out2, nil, nil
  end

  -- 二级为空：推断
  local il2, il1, why = L.infer_level2(p, kind, l1, name3, unit)
  if il2 then
    if l1 then
      return l1.name, il2.name, "inferred",
        string.format("“%s”未填二级指标，%s，推断为“%s”", name3, why, il2.name)
    end
    return il1.name, il2.name, "inferred",
      string.format("“%s”未填一级、二级指标，%s，推断为“%s / %s”", name3, why, il1.name, il2.name)
  end
  return out1, nil, nil, nil
end

---------------------------------------------------------------------------
-- 7. 分值 points
---------------------------------------------------------------------------
function L.level1_points(p, kind, level1)
  local l1 = L.find_level1(p, kind, level1)
  return l1 and l1.points or nil
end

function L.points(p, kind, level1, i, n1, n)
  local total = L.level1_points(p, kind, level1)
  if total == nil or (n1 or 0) <= 0 then return 0 end
  return total / n1
end

---------------------------------------------------------------------------
-- 8. 打分 score
---------------------------------------------------------------------------
local function finish(p, s, points, rule, explain)
  s = clamp(s, 0, points)
  return jx.round(s, p.round or 2), rule, explain
end

-- 实际完成值文字 -> 档位名（failed 先于 partial 先于 achieved）
function L.band_of(p, text)
  text = trim(text)
  if text == "" then return nil end
  for _, band in ipairs({ "failed", "partial", "achieved" }) do
    for _, w in ipairs((p.vocabulary or {})[band] or {}) do
      if text == w then return band end
    end
  end
  for _, band in ipairs({ "failed", "partial", "achieved" }) do
    for _, w in ipairs((p.vocabulary or {})[band] or {}) do
      if utf8.len(w) and utf8.len(w) >= 2 and has(text, w) then return band end
    end
  end
  return nil
end

local function pct(x) return F(x * 100) .. "%" end

function L.score_qualitative(p, actual_text, points, given, rule)
  rule = rule or "定性指标"
  local text = trim(actual_text)
  if text == "" then return nil, "实际完成值为空，无法打分" end
  local band = L.band_of(p, text)
  if not band then
    return nil, "实际完成值“" .. text .. "”不在定性词表中（达成/部分达成/未达成），请改写或填报得分所属档位的词"
  end
  local b = p.bands[band]
  local hi, lo = b[1] * points, b[2] * points
  local bname = (p.band_names or {})[band] or band
  local range = string.format("%s档 %s–%s", bname, pct(b[1]), pct(b[2]))
  if given ~= nil then
    if given < lo - 1e-9 or given > hi + 1e-9 then
      return nil, string.format("填报得分 %s 不在“%s”对应的%s（%s–%s 分）内",
        F(given), text, range, F(lo), F(hi))
    end
    return finish(p, given, points, rule,
      string.format("%s: “%s”属%s，采用填报得分 %s", rule, text, range, F(given)))
  end
  return finish(p, hi, points, rule,
    string.format("%s: “%s”属%s，取档上限 %s × %s = %s", rule, text, range, pct(b[1]), F(points), F(hi)))
end

function L.score_positive(p, A, B, points, rule)
  rule = rule or "正向指标"
  if B >= A then
    return finish(p, points, points, rule, string.format("%s: %s ≥ %s，得满分 %s", rule, F(B), F(A), F(points)))
  end
  if A <= 0 then
    return finish(p, 0, points, rule, string.format("%s: %s < %s，得 0", rule, F(B), F(A)))
  end
  local s = B / A * points
  return finish(p, s, points, rule,
    string.format("%s: %s ÷ %s × %s = %s", rule, F(B), F(A), F(points), F(jx.round(clamp(s, 0, points), p.round or 2))))
end

function L.score_reverse(p, A, B, points, rule)
  rule = rule or "反向指标"
  local r = p.round or 2
  if B <= A then
    return finish(p, points, points, rule, string.format("%s: %s ≤ %s，得满分 %s", rule, F(B), F(A), F(points)))
  end
  if A == 0 then
    -- 目标 ≤0（如“三公经费”变动率≤0）：实际 >0 即未达成，得 0
    return finish(p, 0, points, rule, string.format("%s: 目标 ≤0，实际 %s > 0，得 0", rule, F(B)))
  end
  local formula = (p.formulas or {}).reverse or "deviation"
  if formula == "ratio" and A > 0 then
    local s = A / B * points
    return finish(p, s, points, rule,
      string.format("%s: %s ÷ %s × %s = %s", rule, F(A), F(B), F(points), F(jx.round(clamp(s, 0, points), r))))
  end
  -- deviation（目标为负数时以其绝对值作分母）
  local d = math.abs(A)
  local s = (1 - (B - A) / d) * points
  s = clamp(s, 0, points)
  local a_txt = A < 0 and ("(" .. F(A) .. ")") or F(A)
  return finish(p, s, points, rule,
    string.format("%s: (1 − (%s − %s) ÷ %s) × %s = %s", rule, F(B), a_txt, F(d), F(points), F(jx.round(s, r))))
end

function L.score_range(p, A, M, B, points, rule)
  rule = rule or "区间指标"
  local r = p.round or 2
  if B >= A and B <= M then
    return finish(p, points, points, rule,
      string.format("%s: %s 在 %s–%s 之内，得满分 %s", rule, F(B), F(A), F(M), F(points)))
  end
  local s
  if B < A then
    if A <= 0 then return finish(p, 0, points, rule, string.format("%s: %s < %s，得 0", rule, F(B), F(A))) end
    s = B / A * points
    return finish(p, s, points, rule,
      string.format("%s: 低于下限，%s ÷ %s × %s = %s", rule, F(B), F(A), F(points), F(jx.round(clamp(s, 0, points), r))))
  end
  if B <= 0 then return finish(p, 0, points, rule, string.format("%s: %s，得 0", rule, F(B))) end
  s = M / B * points
  return finish(p, s, points, rule,
    string.format("%s: 高于上限，%s ÷ %s × %s = %s", rule, F(M), F(B), F(points), F(jx.round(clamp(s, 0, points), r))))
end

local function rule_applies(rule, kind, level3)
  if rule.kind and rule.kind ~= kind then return false end
  return has(level3 or "", rule.match)
end

function L.find_step(p, kind, level3)
  for _, st in ipairs((p.formulas or {}).steps or {}) do
    if rule_applies(st, kind, level3) then return st end
  end
end

function L.find_tiers(p, kind, level3)
  for _, t in ipairs((p.formulas or {}).tiers or {}) do
    if rule_applies(t, kind, level3) then return t end
  end
end

-- 扣分规则：≤limit 满分；每超过 per 扣 share×分值，按超出量成比例，扣完为止
function L.score_step(p, st, A, B, points)
  local rule = st.rule or "扣分规则"
  local limit = st.limit or A
  local per = st.per or 1
  local each = (st.share or 0.1) * points
  if B <= limit then
    return finish(p, points, points, rule, string.format("%s: %s ≤ %s，得满分 %s", rule, F(B), F(limit), F(points)))
  end
  local over = (B - limit) / per
  local ded = over * each
  local s = clamp(points - ded, 0, points)
  return finish(p, s, points, rule,
    string.format("%s: 超出 %s %s，扣 %s × %s = %s，%s − %s = %s",
      rule, F(over), st.step_name or "个百分点", F(over), F(each), F(ded), F(points), F(ded), F(jx.round(s, p.round or 2))))
end

-- 分档计分
function L.score_tiers(p, t, B, points)
  local rule = t.rule or "分档计分"
  for _, tier in ipairs(t.tiers or {}) do
    if B >= tier.min then
      local s = tier.share * points
      return finish(p, s, points, rule,
        string.format("%s: %s ≥ %s，得 %s × %s = %s", rule, F(B), F(tier.min), F(tier.share), F(points), F(jx.round(s, p.round or 2))))
    end
  end
  return finish(p, 0, points, rule, string.format("%s: %s 低于最低档，得 0", rule, F(B)))
end

-- 未写比较符的数值按什么方向理解：变动率、成本类（二级含“成本”或名称含成本/费用/经费，单位为金额）
-- 按上限（≤），其余按下限（≥，即正向）。
function L.implied_upper(p, kind, level2, level3, unit)
  local f = p.formulas or {}
  if has_any(level3 or "", f.change_rate) then return true end
  if in_list(unit, f.money_units) and (has(level2 or "", "成本") or has_any(level3 or "", f.cost_words)) then
    return true
  end
  return false
end

function L.score(p, kind, level1, level2, level3, tkind, op, target, target_max, unit,
                 implied, actual, actual_text, points, given)
  points = points or 0
  local name3 = trim(level3)
  if tkind == "empty" then return nil, "指标值为空，无法打分" end
  if tkind == "placeholder" then return nil, "指标值为占位符，无法打分" end
  if tkind == "damaged" then return nil, "指标值残缺（疑似被截断），无法打分" end

  if tkind ~= "quantitative" then
    -- 定性、时间、文字类目标：按实际完成值的文字定档
    return L.score_qualitative(p, actual_text, points, given)
  end

  if target == nil then return nil, "指标值没有数值，无法打分" end
  if actual == nil then
    -- 数值目标但实际完成值写成文字（“完成”“达成预期指标”）：按定性档位打分
    if L.band_of(p, actual_text) then
      return L.score_qualitative(p, actual_text, points, given, "定性指标")
    end
    local t = trim(actual_text)
    if t == "" then return nil, "实际完成值为空，无法打分" end
    return nil, "实际完成值“" .. t .. "”不是数值，也不在定性词表中，无法与指标值比较"
  end

  local A, B = target, actual
  local st = L.find_step(p, kind, name3)
  if st then return L.score_step(p, st, A, B, points) end
  local ti = L.find_tiers(p, kind, name3)
  if ti then return L.score_tiers(p, ti, B, points) end

  local is_change = has_any(name3, (p.formulas or {}).change_rate)
  if is_change and op ~= "ge" and op ~= "gt" and op ~= "range" then
    return L.score_reverse(p, A, B, points, "变动率")
  end
  if op == "le" or op == "lt" or (implied and L.implied_upper(p, kind, level2, name3, unit)) then
    return L.score_reverse(p, A, B, points, "反向指标")
  end
  if op == "range" then
    return L.score_range(p, A, target_max or A, B, points, "区间指标")
  end
  -- ge / gt / eq / approx / 未写比较符：正向
  return L.score_positive(p, A, B, points, "正向指标")
end

---------------------------------------------------------------------------
-- 9. 预算执行率、等级
---------------------------------------------------------------------------
function L.execution_score(p, budget, executed, points, adjusted)
  local ex = p.execution or {}
  points = points or ex.points or 10
  local name = ex.name or "预算执行率"
  local A, which = budget, "全年预算数"
  if ex.denominator == "adjusted" and adjusted ~= nil then A, which = adjusted, "调整后预算数" end
  if executed == nil then return nil, "全年执行数为空，无法计算预算执行率" end
  if A == nil then return nil, which .. "为空，无法计算预算执行率" end
  if A <= 0 then return nil, which .. "为 0，无法计算预算执行率" end
  local s = executed / A * points
  local capped = clamp(s, 0, points)
  local explain
  if s > points then
    explain = string.format("%s: %s ÷ %s × %s = %s，超过分值按 %s 计", name, F(executed), F(A), F(points),
      F(jx.round(s, p.round or 2)), F(points))
  else
    explain = string.format("%s: %s ÷ %s × %s = %s", name, F(executed), F(A), F(points), F(jx.round(capped, p.round or 2)))
  end
  return jx.round(capped, p.round or 2), name, explain
end

function L.grade(p, total)
  local last
  for _, g in ipairs(p.grades or {}) do
    if total >= g.min then return g.name end
    last = g.name
  end
  return last
end

---------------------------------------------------------------------------
-- 10. 审核 checks
---------------------------------------------------------------------------
local function fmt_num(x) if x == nil then return "空" end return F(x) end

function L.table_label(tbl)
  if tbl == nil then return "" end
  if tbl.kind == "department" then
    return "部门整体" .. ((tbl.name and tbl.name ~= "") and ("（" .. tbl.name .. "）") or "")
  end
  local code = (tbl.code and tbl.code ~= "") and (tbl.code .. " ") or ""
  return "项目 " .. code .. (tbl.name or "")
end

function L.ind_label(ind)
  local t = ind.target and ind.target.raw
  local s = "指标“" .. trim(ind.level3) .. "”"
  if t and trim(t) ~= "" then s = s .. "（指标值 " .. trim(t) .. "）" end
  return s
end

local function first_t(ind)
  local t = ind.target and ind.target.thresholds
  return t and t[1] or nil
end

-- 逐个指标；预算10表把“实施期”和“年度”并排列出，两边完全相同（同名同指标值）时只看“年度”那一行，
-- 免得同一问题报两遍。
local function each_ind(doc, fn)
  for _, tbl in ipairs(doc.tables or {}) do
    local yearly = {}
    for _, ind in ipairs(tbl.indicators or {}) do
      if ind.period == "年度" then
        yearly[trim(ind.level3) .. "\0" .. trim(ind.target and ind.target.raw)] = true
      end
    end
    for _, ind in ipairs(tbl.indicators or {}) do
      local twin = ind.period == "实施期" and yearly[trim(ind.level3) .. "\0" .. trim(ind.target and ind.target.raw)]
      if not twin then fn(tbl, ind) end
    end
  end
end

local function level1_of(p, tbl, ind)
  local l1 = L.find_level1(p, tbl.kind, ind.level1)
  return l1 and l1.name or clean_name(ind.level1)
end

local function level2_of(p, tbl, ind)
  local l2 = L.find_level2(p, tbl.kind, ind.level2)
  return l2 and l2.name or clean_name(ind.level2)
end

-- 汇总行（单位行）：如 312、312001 之于 312001-1。
-- 一个编码是汇总行，当另一项目表的编码以它开头，且它不含“-”（单位编码）或紧跟其后的是“-”。
-- （312001-1 不是 312001-10 的汇总行。）
function L.summary_codes(doc)
  local set = {}
  for _, o in ipairs(doc.tables or {}) do
    local c = o.kind == "project" and o.code or nil
    if c and c ~= "" then
      for k = 1, #c - 1 do
        local pre = c:sub(1, k)
        if c:sub(k + 1, k + 1) == "-" or not pre:find("-", 1, true) then set[pre] = true end
      end
    end
  end
  return set
end

function L.is_summary_row(doc, tbl, set)
  if tbl.kind ~= "project" or not tbl.code or tbl.code == "" then return false end
  set = set or L.summary_codes(doc)
  return set[tbl.code] == true
end

local function projects(doc)
  local list = {}
  local set = L.summary_codes(doc)
  for _, tbl in ipairs(doc.tables or {}) do
    if tbl.kind == "project" and not L.is_summary_row(doc, tbl, set) then list[#list + 1] = tbl end
  end
  return list
end

local function is_money(p, unit) return in_list(unit, p.formulas.money_units) end

-- 成本类指标：二级含“成本”的项目指标，或三级含成本/费用/经费且单位为货币
local function is_cost_ind(p, tbl, ind)
  local l2 = level2_of(p, tbl, ind) or ""
  local name3 = trim(ind.level3)
  local t = first_t(ind)
  if tbl.kind == "project" and has(l2, "成本") then return true end
  if t and is_money(p, t.unit) and has_any(name3, p.formulas.cost_words) then return true end
  return false
end

local function missing_level1(which)
  return function(p, doc, report)
    for _, tbl in ipairs(projects(doc)) do
      local n = #(tbl.indicators or {})
      local found = false
      for _, ind in ipairs(tbl.indicators or {}) do
        if level1_of(p, tbl, ind) == which then found = true break end
      end
      if not found then
        report(tbl, nil, string.format("%s：没有%s%s", L.table_label(tbl), which,
          n == 0 and "（该项目没有任何绩效指标）" or ""))
      end
    end
  end
end

local C = {}

C["missing-level1"] = function(p, doc, report)
  for _, tbl in ipairs(doc.tables or {}) do
    if tbl.kind == "department" then
      local seen = {}
      for _, ind in ipairs(tbl.indicators or {}) do
        local l1 = L.find_level1(p, "department", ind.level1)
        if l1 then seen[l1.name] = true end
      end
      for _, l1 in ipairs(p.framework.department or {}) do
        if not seen[l1.name] then
          report(tbl, nil, string.format("%s：缺少一级指标“%s”", L.table_label(tbl), l1.name))
        end
      end
    end
  end
end

C["empty-target"] = function(p, doc, report)
  each_ind(doc, function(tbl, ind)
    if ind.target and ind.target.kind == "empty" then
      report(tbl, ind, string.format("%s：指标“%s”未填指标值", L.table_label(tbl), trim(ind.level3)))
    end
  end)
end

local placeholder_names = { "", "……", "…", "...", "/", "-", "—", "－" }

C["placeholder-target"] = function(p, doc, report)
  each_ind(doc, function(tbl, ind)
    if ind.target and ind.target.kind == "placeholder" then
      local name3 = trim(ind.level3)
      if in_list(name3, placeholder_names) or name3 == trim(ind.target.raw) then
        -- 整行只是模板里的占位符（如“……”）
        report(tbl, ind, string.format("%s：该行只有占位符“%s”，既无指标名称也无指标值（模板空行，应删除或填写具体指标）",
          L.table_label(tbl), trim(ind.target.raw)))
      else
        report(tbl, ind, string.format("%s：%s只是占位符，未填写实际指标值", L.table_label(tbl), L.ind_label(ind)))
      end
    end
  end)
end

-- 三级名称只是一段时间（“2020年10月至2021年9月”），不是指标名称
local function is_period_name(name3)
  return name3:find("%d%d%d%d年") ~= nil and (has(name3, "至") or has(name3, "—") or has(name3, "-"))
end

C["vague-target"] = function(p, doc, report)
  each_ind(doc, function(tbl, ind)
    if not ind.target then return end
    local kind = ind.target.kind
    if kind ~= "qualitative" and kind ~= "time" then return end
    local l2 = level2_of(p, tbl, ind) or ""
    local name3 = trim(ind.level3)
    local rate = name3:find("率$") ~= nil and not has(name3, "满意")
    if kind == "time" then
      -- 时效指标写“及时完成”“在规定时间内”不算；数量/质量指标只写时间词，等于没有数量、质量标准
      if l2 == "数量指标" or l2 == "质量指标" then
        report(tbl, ind, string.format("%s：%s属于%s，指标值只写了“及时/按时”一类的时间要求，没有可衡量的%s标准，应尽量量化（如 ≥95%%、差错率≤1%%）",
          L.table_label(tbl), L.ind_label(ind), l2, l2 == "数量指标" and "数量" or "质量"))
      end
      return
    end
    if l2 == "数量指标" or l2 == "质量指标" or rate then
      report(tbl, ind, string.format("%s：%s属于%s，指标值只写了定性词，应尽量量化（如 ≥95%%、≥100人次）",
        L.table_label(tbl), L.ind_label(ind), l2 ~= "" and l2 or "比率类指标"))
    elseif l2 == "时效指标" then
      report(tbl, ind, string.format("%s：%s属于时效指标，指标值“%s”没有给出完成时限或响应时间%s",
        L.table_label(tbl), L.ind_label(ind), trim(ind.target.raw),
        is_period_name(name3) and ("；三级指标名称“" .. name3 .. "”是实施期间，不是指标名称") or ""))
    end
  end)
end

C["unknown-qualitative"] = function(p, doc, report)
  each_ind(doc, function(tbl, ind)
    if not ind.target or ind.target.kind ~= "qualitative" then return end
    local w = trim(ind.target.raw)
    if in_list(w, p.target_words) or in_list(w, p.vocabulary.achieved) then return end
    report(tbl, ind, string.format("%s：%s的定性指标值“%s”不在常用词表中，请确认其含义可以考核",
      L.table_label(tbl), L.ind_label(ind), w))
  end)
end

C["cost-vs-funds"] = function(p, doc, report)
  local tol = p.formulas.funds_tolerance or 0.005
  for _, tbl in ipairs(projects(doc)) do
    local total = tbl.funds and tbl.funds.total
    if total ~= nil then
      local costs, sum = {}, 0
      for _, ind in ipairs(tbl.indicators or {}) do
        local t = first_t(ind)
        if t and t.unit == "万元" and t.value ~= nil then
          local l2 = level2_of(p, tbl, ind) or ""
          local upper = t.op == "le" or t.op == "lt"
          if has(l2, "成本") or upper then
            local amount = t.op == "range" and t.value_max or t.value
            costs[#costs + 1] = { ind = ind, amount = amount }
            sum = sum + amount
          end
        end
      end
      local whole = #costs > 1 and math.abs(sum - total) <= tol + 1e-9
      for _, c in ipairs(costs) do
        if c.amount > total + tol + 1e-9 then
          report(tbl, c.ind, string.format("%s：%s金额 %s万元，高于项目资金总额 %s万元",
            L.table_label(tbl), L.ind_label(c.ind), F(c.amount), F(total)))
        elseif not whole and math.abs(c.amount - total) > tol + 1e-9 then
          report(tbl, c.ind, string.format("%s：%s金额 %s万元，与项目资金总额 %s万元 不一致",
            L.table_label(tbl), L.ind_label(c.ind), F(c.amount), F(total)))
        end
      end
    end
  end
end

C["funds-sum"] = function(p, doc, report)
  local tol = p.formulas.funds_tolerance or 0.005
  for _, tbl in ipairs(doc.tables or {}) do
    local f = tbl.funds
    if f and f.total ~= nil and f.fiscal ~= nil and f.other ~= nil then
      if math.abs(f.total - f.fiscal - f.other) > tol + 1e-9 then
        report(tbl, nil, string.format("%s：资金总额 %s万元 ≠ 财政性资金 %s万元 + 其他资金 %s万元（相差 %s万元）",
          L.table_label(tbl), F(f.total), F(f.fiscal), F(f.other), F(f.total - f.fiscal - f.other)))
      end
    end
  end
end

C["funds-missing"] = function(p, doc, report)
  -- 项目资金栏一个数字都没有（预算10表的“实施期资金总额/年度资金总额”空着）：每个项目报一次
  for _, tbl in ipairs(projects(doc)) do
    local f = tbl.funds or {}
    if f.total == nil and f.fiscal == nil and f.other == nil then
      local costs = {}
      for _, ind in ipairs(tbl.indicators or {}) do
        local t = first_t(ind)
        if t and is_money(p, t.unit) and t.value ~= nil and (is_cost_ind(p, tbl, ind) or t.op == "le" or t.op == "lt") then
          local a = F(t.value) .. t.unit
          if not in_list(a, costs) then costs[#costs + 1] = a end
        end
      end
      local fields = tbl.layout == "form" and "实施期资金总额、年度资金总额（及其中财政拨款、其他资金）"
        or "资金总额、财政性资金、其他资金"
      report(tbl, nil, string.format("%s：项目资金未填写：%s均为空%s", L.table_label(tbl), fields,
        #costs > 0 and ("，无法核对成本指标（" .. table.concat(costs, "、") .. "）与资金是否一致") or ""))
    end
  end
  for _, tbl in ipairs(doc.tables or {}) do
    local f = tbl.funds
    if f then
      local miss = {}
      if f.total ~= nil then
        if f.fiscal == nil then miss[#miss + 1] = "财政性资金" end
        if f.other == nil then miss[#miss + 1] = "其他资金" end
      elseif f.fiscal ~= nil or f.other ~= nil then
        miss[#miss + 1] = "资金总额"
      end
      if #miss > 0 then
        report(tbl, nil, string.format("%s：%s未填写（资金总额 %s、财政性资金 %s、其他资金 %s）",
          L.table_label(tbl), table.concat(miss, "、"), fmt_num(f.total), fmt_num(f.fiscal), fmt_num(f.other)))
      end
    end
  end
end

C["projects-vs-spending"] = function(p, doc, report)
  local spend = doc.project_spending
  if spend == nil then return end
  local list = projects(doc)
  if #list == 0 then return end
  local sum = 0
  for _, tbl in ipairs(list) do
    if not tbl.funds or tbl.funds.total == nil then return end   -- 有项目缺资金总额时不比较
    sum = sum + tbl.funds.total
  end
  local tl = p.formulas.spending_tolerance or {}
  local tol = math.max(tl.abs or 0.01, (tl.rel or 0) * math.abs(spend))
  if math.abs(sum - spend) > tol + 1e-9 then
    report(nil, nil, string.format("%d 个项目的资金总额合计 %s万元，与部门预算中的项目支出 %s万元 不一致（相差 %s万元）",
      #list, F(jx.round(sum, 2)), F(spend), F(jx.round(math.abs(sum - spend), 2))))
  end
end

C["unit-mismatch"] = function(p, doc, report)
  each_ind(doc, function(tbl, ind)
    local name3 = trim(ind.level3)
    local l2 = level2_of(p, tbl, ind) or ""
    for _, t in ipairs((ind.target and ind.target.thresholds) or {}) do
      local u = t.unit or ""
      local msg
      if (has(name3, "率") or has(name3, "满意度")) and u ~= "" and u ~= "%" then
        msg = "是比率/满意度指标，指标值单位却是“" .. u .. "”（应为 %）"
      elseif has_any(name3, p.formulas.count_words) and is_money(p, u) then
        msg = "是计数指标，指标值单位却是“" .. u .. "”"
      elseif tbl.kind == "project" and has(l2, "成本") and not has(name3, "率")
             and u ~= "" and u ~= "%" and not is_money(p, u) then
        msg = "是成本指标，指标值单位却是“" .. u .. "”（应为金额，如万元）"
      end
      if msg then
        report(tbl, ind, string.format("%s：%s%s", L.table_label(tbl), L.ind_label(ind), msg))
        return
      end
    end
  end)
end

C["cost-lower-bound"] = function(p, doc, report)
  each_ind(doc, function(tbl, ind)
    local t = first_t(ind)
    if not t or (t.op ~= "ge" and t.op ~= "gt") then return end
    local name3 = trim(ind.level3)
    if has_any(name3, p.formulas.saving_words) then return end       -- 节约率越高越好
    local change = has_any(name3, p.formulas.change_rate)
    local cost = is_cost_ind(p, tbl, ind) and not (has(name3, "率") and not change)
    if change or cost then
      report(tbl, ind, string.format("%s：%s是%s，指标值应写成上限（≤ 或 <），而不是下限",
        L.table_label(tbl), L.ind_label(ind), change and "变动率指标" or "成本指标"))
    end
  end)
end

C["rate-over-100"] = function(p, doc, report)
  each_ind(doc, function(tbl, ind)
    local name3 = trim(ind.level3)
    if not has(name3, "率") or has_any(name3, p.formulas.growth_words) then return end
    for _, t in ipairs((ind.target and ind.target.thresholds) or {}) do
      local v = math.max(t.value or 0, t.value_max or 0)
      if t.unit == "%" and v > 100 then
        report(tbl, ind, string.format("%s：%s比率超过 100%%（%s%%）", L.table_label(tbl), L.ind_label(ind), F(v)))
        return
      end
    end
  end)
end

C["implied-operator"] = function(p, doc, report)
  each_ind(doc, function(tbl, ind)
    if not ind.target or ind.target.kind ~= "quantitative" then return end
    for _, t in ipairs(ind.target.thresholds or {}) do
      -- 100% 的比率方向自明，不提示
      -- “5*8小时”“7*24小时”是服务时段，名称已写明方向（“控制在预算范围内”）的也不提示
      local raw = trim(ind.target.raw)
      local product = t.product == true or has(raw, "*") or has(raw, "×") or has(raw, "＊")
      local named = has_any(trim(ind.level3), p.formulas.operator_name_words)
      if t.implied and not (t.unit == "%" and t.value == 100) and not product and not named then
        local upper = L.implied_upper(p, tbl.kind, level2_of(p, tbl, ind), trim(ind.level3), t.unit)
        report(tbl, ind, string.format("%s：%s未写比较符（≥ ≤ =），打分时按%s处理",
          L.table_label(tbl), L.ind_label(ind), upper and "上限（≤）" or "下限（≥）"))
        return
      end
    end
  end)
end

C["damaged-target"] = function(p, doc, report)
  -- 同一文件中的全部三级名称：某名称（至少 8 个字）恰是另一名称去掉末尾 1–2 个字，疑似在页边被截断
  -- （如“通过该项目保障代缴费工作正常开”之于“……正常开展”）
  local names = {}
  each_ind(doc, function(tbl, ind)
    local n = trim(ind.level3)
    if n ~= "" and names[n] == nil then names[n] = ind.line or tbl.line or 0 end
  end)
  local function longer_of(n)
    local len = utf8.len(n)
    if not len or len < 8 then return nil end
    local best, bline
    for m, line in pairs(names) do
      local ml = utf8.len(m)
      if ml and ml > len and ml - len <= 2 and m:sub(1, #n) == n then
        if best == nil or line < bline or (line == bline and m < best) then best, bline = m, line end
      end
    end
    return best, bline
  end
  each_ind(doc, function(tbl, ind)
    if ind.target and ind.target.kind == "damaged" then
      report(tbl, ind, string.format("%s：%s残缺：%s", L.table_label(tbl), L.ind_label(ind),
        ind.target.damage or "疑似在页边被截断"))
    end
    local m, line = longer_of(trim(ind.level3))
    if m then
      report(tbl, ind, string.format("%s：指标名称“%s”残缺，疑似在页边被截断（同一文件第 %d 行有“%s”）",
        L.table_label(tbl), trim(ind.level3), line, m))
    end
  end)
end

-- 同一单元格拆出的指标（同表、同行、同期间、都带 split）合成一条
C["split-cell"] = function(p, doc, report)
  local done = {}
  each_ind(doc, function(tbl, ind)
    if not ind.split then return end
    local key = tostring(tbl) .. "\0" .. tostring(ind.line) .. "\0" .. (ind.period or "")
    if done[key] then return end
    done[key] = true
    local names = {}
    for _, o in ipairs(tbl.indicators or {}) do
      if o.split and o.line == ind.line and (o.period or "") == (ind.period or "") then
        names[#names + 1] = "“" .. trim(o.level3) .. "”"
      end
    end
    if #names >= 2 then
      report(tbl, ind, string.format("%s：指标%s写在同一单元格中，应分成%s行", L.table_label(tbl),
        table.concat(names, "和"), #names == 2 and "两" or tostring(#names)))
    else
      report(tbl, ind, string.format("%s：%s与另一指标写在同一单元格中，应分成两行%s",
        L.table_label(tbl), L.ind_label(ind), ind.note and ("（" .. ind.note .. "）") or ""))
    end
  end)
end

-- 规则包 frame 写的归位说明都含“移入“/“归入“/“补为“；解析器的对齐说明用「」引名称
local function is_frame_note(msg)
  return has(msg, "移入“") or has(msg, "归入“") or has(msg, "补为“")
end

C["realigned"] = function(p, doc, report)
  each_ind(doc, function(tbl, ind)
    if not ind.realigned then return end
    local name3 = trim(ind.level3)
    local moved, cells = {}, {}
    local function add(msg)
      if msg == nil or msg == "" then return end
      local list = is_frame_note(msg) and moved or cells
      if not in_list(msg, list) then list[#list + 1] = msg end
    end
    add(ind.note)
    for _, n in ipairs(doc.notes or {}) do
      if n.code == "realigned" and n.line == ind.line and name3 ~= "" and has(n.message or "", name3) then
        add(n.message)
      end
    end
    local where = "“" .. (level1_of(p, tbl, ind) or "?") .. " / " .. (level2_of(p, tbl, ind) or "?") .. "”"
    local msg
    if #moved > 0 then
      msg = "放错了位置：" .. table.concat(moved, "；")
      if #cells > 0 then msg = msg .. "；该行单元格也有错位，解析时已对齐：" .. table.concat(cells, "；") end
    elseif #cells > 0 then
      local c = table.concat(cells, "；")
      msg = (has(c, "单元格错位") and "：" or "所在行单元格错位：") .. c .. "（现归在" .. where .. "下，请对照原表核实）"
    else
      msg = "位置已调整，现归在" .. where .. "下"
    end
    report(tbl, ind, string.format("%s：%s%s", L.table_label(tbl), L.ind_label(ind), msg))
  end)
end

C["duplicate-indicator"] = function(p, doc, report)
  for _, tbl in ipairs(doc.tables or {}) do
    local groups, order = {}, {}
    for _, ind in ipairs(tbl.indicators or {}) do
      local name3 = trim(ind.level3)
      if name3 ~= "" and not in_list(name3, placeholder_names) then
        local key = (ind.period or "") .. "\0" .. name3
        if not groups[key] then groups[key] = {}; order[#order + 1] = key end
        table.insert(groups[key], ind)
      end
    end
    for _, key in ipairs(order) do
      local g = groups[key]
      if #g >= 2 then
        local where = {}
        for _, ind in ipairs(g) do
          where[#where + 1] = string.format("第 %s 行%s%s", tostring(ind.line or "?"), level1_of(p, tbl, ind) or "",
            trim(ind.target and ind.target.raw) ~= "" and (" " .. trim(ind.target.raw)) or "")
        end
        report(tbl, g[2], string.format("%s：指标“%s”重复出现 %d 次%s：%s", L.table_label(tbl), trim(g[1].level3), #g,
          g[1].period and ("（" .. g[1].period .. "）") or "", table.concat(where, "；")))
      end
    end
  end
end

C["parser-note"] = function(p, doc, report)
  local covered = {}
  for _, c in ipairs(p.checks or {}) do if c.code ~= "parser-note" then covered[c.code] = true end end
  for _, code in ipairs(p.formulas.covered_notes or {}) do covered[code] = true end
  for _, n in ipairs(doc.notes or {}) do
    if not covered[n.code or ""] then
      report(nil, nil, "解析提示（" .. tostring(n.code or "?") .. "）：" .. tostring(n.message or ""), n.line)
    end
  end
end

local function is_satisfaction_name(p, name3)
  return has_any(name3, p.formulas.satisfaction_words or { "满意" })
end

-- 满意度指标：只算名称含“满意”的指标；满意度栏里只有别的内容时，说明填了什么
C["missing-satisfaction"] = function(p, doc, report)
  for _, tbl in ipairs(projects(doc)) do
    local n = #(tbl.indicators or {})
    local real, other = 0, {}
    for _, ind in ipairs(tbl.indicators or {}) do
      if level1_of(p, tbl, ind) == "满意度指标" then
        if is_satisfaction_name(p, trim(ind.level3)) then real = real + 1
        else
          local lab = "“" .. trim(ind.level3) .. "”"
          if not in_list(lab, other) then other[#other + 1] = lab end
        end
      end
    end
    if real == 0 then
      local why = ""
      if n == 0 then why = "（该项目没有任何绩效指标）"
      elseif #other > 0 then why = "（满意度指标栏只填了" .. table.concat(other, "、") .. "，不是满意度指标）" end
      report(tbl, nil, string.format("%s：没有满意度指标%s", L.table_label(tbl), why))
    end
  end
end

-- 指标放在了不属于它的位置（不移动，只报告）：
--   项目：满意度指标下名称不含“满意”的指标（如“政策知晓率”“培训持续影响度”，属效益指标）；
--         项目没有任何真正的满意度指标时由 missing-satisfaction 报告，这里不重复。
--   部门整体：三级名称是框架中另一个二级的标准三级指标（framework.department 的 names）。
C["misplaced-indicator"] = function(p, doc, report)
  local has_real = {}
  for _, tbl in ipairs(doc.tables or {}) do
    for _, ind in ipairs(tbl.indicators or {}) do
      if level1_of(p, tbl, ind) == "满意度指标" and is_satisfaction_name(p, trim(ind.level3)) then has_real[tbl] = true end
    end
  end
  each_ind(doc, function(tbl, ind)
    local name3 = trim(ind.level3)
    if name3 == "" or in_list(name3, placeholder_names) then return end
    local l1, l2 = level1_of(p, tbl, ind), level2_of(p, tbl, ind)
    if tbl.kind == "project" and l1 == "满意度指标" and has_real[tbl] and not is_satisfaction_name(p, name3) then
      local benefit = L.find_level1(p, "project", "效益指标")
      local il2 = benefit and L.infer_level2(p, "project", benefit, name3, nil)
      report(tbl, ind, string.format("%s：%s列在满意度指标下，但不是满意度指标（应归入“效益指标%s”）",
        L.table_label(tbl), L.ind_label(ind), il2 and (" / " .. il2.name) or ""))
      return
    end
    local s2, s1 = L.standard_place(p, tbl.kind, name3)
    if s2 and (l1 ~= s1.name or l2 ~= s2.name) then
      report(tbl, ind, string.format("%s：%s是“%s / %s”下的标准三级指标，却列在“%s / %s”下（疑似分页处丢了合并单元格；打分仍按表中位置）",
        L.table_label(tbl), L.ind_label(ind), s1.name, s2.name, l1 or "?", l2 or "?"))
    end
  end)
end

-- 正向比率写成上限：≤100%（或 <、≤ 更大的数）任何结果都满足，不构成目标
C["rate-upper-bound"] = function(p, doc, report)
  each_ind(doc, function(tbl, ind)
    local name3 = trim(ind.level3)
    if has_any(name3, p.formulas.growth_words) or has_any(name3, p.formulas.change_rate) then return end
    for _, t in ipairs((ind.target and ind.target.thresholds) or {}) do
      if t.unit == "%" and t.value ~= nil and ((t.op == "le" and t.value >= 100) or (t.op == "lt" and t.value > 100)) then
        report(tbl, ind, string.format("%s：%s写成上限（%s%s%%），比率不会超过 100%%，任何完成情况都满足，不构成考核目标；应写成下限（如 ≥95%%）或 =100%%",
          L.table_label(tbl), L.ind_label(ind), t.op == "le" and "≤" or "<", F(t.value)))
        return
      end
    end
  end)
end

-- 数量指标写成上限：完成 0 也算达到（投诉、事故、差错一类越少越好的除外）
C["count-upper-bound"] = function(p, doc, report)
  each_ind(doc, function(tbl, ind)
    local t = first_t(ind)
    if not t or (t.op ~= "le" and t.op ~= "lt") then return end
    if not in_list(t.unit, p.formulas.count_units) then return end
    local name3 = trim(ind.level3)
    if has_any(name3, p.formulas.negative_count_words) or has_any(name3, p.formulas.cost_words) then return end
    local l2 = level2_of(p, tbl, ind) or ""
    if l2 ~= "数量指标" and not has_any(name3, p.formulas.count_words) then return end
    report(tbl, ind, string.format("%s：%s是数量指标，指标值写成上限（%s），完成数为 0 也算达到；产出数量应写成下限（≥）或确数（=）",
      L.table_label(tbl), L.ind_label(ind), trim(t.text or ind.target.raw)))
  end)
end

-- 只减不增的变动率（“三公经费”、厉行节约）目标为正数
C["change-rate-increase"] = function(p, doc, report)
  each_ind(doc, function(tbl, ind)
    local name3 = trim(ind.level3)
    if not has_any(name3, p.formulas.change_rate) then return end
    local t = first_t(ind)
    if not t or t.value == nil then return end
    for _, r in ipairs(p.formulas.no_increase or {}) do
      if has(name3, r.match) then
        local v = math.max(t.value, t.value_max or t.value)
        local limit = r.limit or 0
        if v > limit + 1e-9 then
          local extra = ""
          local st = L.find_step(p, tbl.kind, name3)
          if st then
            local sc = L.score_step(p, st, v, v, 100)
            extra = string.format("；按本包扣分规则（超过 %s 每个百分点扣分值的 %s%%），实际恰好达到该目标%s",
              F(st.limit or 0), F((st.share or 0.1) * 100),
              sc <= 0 and "也得 0 分" or ("也只得分值的 " .. F(sc) .. "%"))
          end
          report(tbl, ind, string.format("%s：%s目标为比上年增加 %s%%；%s应只减不增，目标应为 ≤%s%s",
            L.table_label(tbl), L.ind_label(ind), F(v), r.what or r.match, F(limit), extra))
        end
        return
      end
    end
  end)
end

C["missing-output"] = missing_level1("产出指标")
C["missing-benefit"] = missing_level1("效益指标")

L.check_impl = C

-- 审核项清单：地区包可改 severity（"off" 关闭）；impl 是 L.check_impl 中的键
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

---------------------------------------------------------------------------
-- 11. bind：把宿主调用的函数绑定到某个规则包表上
--   所有函数通过 p.lib 查找实现，所以子包可以替换 p.lib.score 等再 bind。
---------------------------------------------------------------------------
P.lib = L

function P.bind(p)
  p.frame = function(...) return p.lib.frame(p, ...) end
  p.points = function(...) return p.lib.points(p, ...) end
  p.score = function(...) return p.lib.score(p, ...) end
  p.execution_score = function(...) return p.lib.execution_score(p, ...) end
  p.grade = function(...) return p.lib.grade(p, ...) end
  for _, c in ipairs(p.checks or {}) do
    local key = c.impl
    if type(key) == "string" then
      c.run = function(doc, report) return p.lib.check_impl[key](p, doc, report) end
    elseif type(key) == "function" then
      c.run = function(doc, report) return key(p, doc, report) end
    end
  end
  return p
end

return P.bind(P)
