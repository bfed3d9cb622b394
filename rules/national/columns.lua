-- national/columns.lua：表头词表——表头格写什么名称，读表时把这一列当作什么（framework.lua 的 columns 引用本文件）。
--
-- 每行一项：["表头名称"] = "列的用途"。名称末尾的 * 表示“以此开头”（“一级指标*”也认“一级指标名称”）；
-- 比较前去掉空白、“*”、“（N分）”和拼音，全角变半角、繁体变简体。先找整格相同的名称，再找最长的开头。
-- 词表里没有的表头，读表程序还会按常见写法判断：含“指标值”“目标值”“预期实现值”的是指标值列，
-- 含“实际”“完成值”的是实际完成值列；名称里的“长期”“中期”“实施期”标出该列的期间。
--
-- 地区包加自己的列名，在自己的 data.lua 里写（与本表合并；写 false 去掉本表的一项）：
--   columns = { ["年度绩效目标值"] = "target", ["佐证材料"] = "note", ["单位"] = false }
--
-- 列的用途：level1 一级指标  level2 二级指标  level3 三级指标  target 指标值  actual 实际完成值
--   points 分值  score 得分  deviation 偏差原因  operator 指标性质（≥ ≤ = 定性）  unit 度量单位
--   value_type 指标值类型（定量/定性）  explanation 指标解释、评分标准  note 备注  seq 序号
--   project 项目名称  code 项目编码  current 本年数  previous 上年数（变动率指标的两栏）
-- 本文件每项一行、写法固定：没有规则包时（只读表、不打分），读表程序直接读这些行作为默认词表。
return {
  ["一级指标*"] = "level1",
  ["一级"] = "level1",
  ["二级指标*"] = "level2",
  ["二级"] = "level2",
  ["三级指标*"] = "level3",
  ["三级"] = "level3",
  ["指标名称"] = "level3",
  ["绩效指标名称"] = "level3",
  ["具体指标"] = "level3",
  ["指标内容"] = "level3",
  ["预期目标*"] = "target",
  ["计划目标*"] = "target",
  ["预期值"] = "target",
  ["计划值"] = "target",
  ["目标"] = "target",
  ["偏差原因*"] = "deviation",
  ["未完成原因*"] = "deviation",
  ["原因分析*"] = "deviation",
  ["偏差分析*"] = "deviation",
  ["指标值类型"] = "value_type",
  ["指标类型"] = "value_type",
  ["指标性质"] = "operator",
  ["运算符号"] = "operator",
  ["比较符号"] = "operator",
  ["比较符"] = "operator",
  ["运算符"] = "operator",
  ["符号"] = "operator",
  ["度量单位"] = "unit",
  ["计量单位"] = "unit",
  ["单位"] = "unit",
  ["指标解释*"] = "explanation",
  ["指标说明*"] = "explanation",
  ["指标值说明"] = "explanation",
  ["绩效标准"] = "explanation",
  ["评(扣)分标准"] = "explanation",
  ["评分标准*"] = "explanation",
  ["扣分标准*"] = "explanation",
  ["计算方法*"] = "explanation",
  ["评分规则*"] = "explanation",
  ["备注"] = "note",
  ["序号"] = "seq",
  ["项目名称"] = "project",
  ["项目编码"] = "code",
  ["项目代码"] = "code",
  ["分值*"] = "points",
  ["权重*"] = "points",
  ["参考分值"] = "points",
  ["标准分值"] = "points",
  ["指标分值"] = "points",
  ["满分"] = "points",
  ["得分*"] = "score",
  ["自评得分"] = "score",
  ["评价得分"] = "score",
  ["实际得分"] = "score",
  ["本年数*"] = "current",
  ["上年数*"] = "previous",
  ["上年实际*"] = "previous",
}
