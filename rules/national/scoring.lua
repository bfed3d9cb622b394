-- national/scoring.lua：打分（score）、预算执行率（execution_score）、等级（grade）。
-- 财预〔2020〕10号：正向指标 实际÷目标×分值；反向、区间、变动率、扣分规则、分档计分、
-- 定性三档、时效（期限）各有一个函数，每个函数上方注明规则与来源；score 的分派顺序见
-- make_decide（docs/rules.md 3.5）。公式参数（反向公式、扣分规则、超额调减……）在 data.lua 的 formulas。

local U = require("common")
local L = U.lib
local compiled, ctx = U.compiled, U.ctx
local function compile(p) return U.compile(p) end
local trim, trim_cache, has, clamp = U.trim, U.trim_cache, U.has, U.clamp
local F, F_cache, has_cost = U.F, U.F_cache, U.has_cost
local jx_round, jx_contains = jx.round, jx.contains
-- 实际完成值一格写了“本年…上年…”（旧写法，说明里写出变动率算式）：按文字记忆
-- （按表打分的内置公式把这两个词交给宿主，宿主在原文里查到两个词时改调 Lua 的公式，见 make_table_entry）
local YEARS_WORDS = { "上年", "本年" }
local years_text, years_text_cache = U.memo(function(t)
  return jx_contains(t, YEARS_WORDS[1]) and jx_contains(t, YEARS_WORDS[2])
end)
local sformat = string.format
local utf8_len = utf8.len

local internal = {}   -- 给 compile.lua 用的内部函数

-- jx.round(x, p.round or 2) 的同一算式（K.m = 10 ^ (p.round or 2)，在 compile 里算好）；
-- x // 1 与 math.floor(x) 的值相同（除以 m 之后完全一样），但不调用 C 函数
local mfloor = math.floor
local function round_k(K, x)
  local m = K.m
  if x >= 0 then return (x * m + 0.5 + 1e-9) // 1 / m end
  return -((-x * m + 0.5 + 1e-9) // 1) / m
end

-- 得分封顶、取整
local function finish(p, s, points, rule, explain)
  return round_k(compiled[p] or compile(p), clamp(s, 0, points)), rule, explain
end

local BAND_ORDER = { "failed", "partial", "achieved" }

-- 实际完成值文字 -> 档位名（failed 先于 partial 先于 achieved）；compile 里按文字记忆
local function band_of_raw(p, text)
  text = trim(text)
  if text == "" then return nil end
  for _, band in ipairs(BAND_ORDER) do
    for _, w in ipairs((p.vocabulary or {})[band] or {}) do
      if text == w then return band end
    end
  end
  for _, band in ipairs(BAND_ORDER) do
    for _, w in ipairs((p.vocabulary or {})[band] or {}) do
      if utf8_len(w) and utf8_len(w) >= 2 and has(text, w) then return band end
    end
  end
  return nil
end

function L.band_of(p, text)
  local K = compiled[p] or compile(p)
  local b = K.band_cache[text]
  if b == nil then b = K.band(text) end
  return b or nil
end

local function pct(x) return F(x * 100) .. "%" end

-- 档位的说明文字（“达成档 100%–80%”）只算一次
local function band_info(p, K, band)
  local bi = K.bandinfo[band]
  if bi then return bi end
  local b = p.bands[band]
  local bname = (p.band_names or {})[band] or band
  bi = { b[1], b[2], sformat("%s档 %s–%s", bname, pct(b[1]), pct(b[2])), pct(b[1]) }
  K.bandinfo[band] = bi
  return bi
end

-- ne（no explanation）为真时宿主不需要说明文字：只算分，不拼字符串（批量处理的热路径）
-- target_text：文字类指标值（定性、时间、文字）的原文；实际完成值与它相同（“长期”对“长期”）即达成。
function L.score_qualitative(p, actual_text, points, given, rule, ne, target_text)
  rule = rule or "定性指标"
  local text = trim_cache[actual_text] or trim(actual_text)
  if text == "" then return nil, "实际完成值为空，无法打分" end
  local K = compiled[p] or compile(p)
  local band = K.band_cache[text]
  if band == nil then band = K.band(text) end
  local same = ""
  if not band and target_text ~= nil and text == trim(target_text) and p.bands.achieved then
    band, same = "achieved", "实际完成值与指标值相同，"
  end
  if not band then
    return nil, "实际完成值“" .. text .. "”不在定性词表中（达成/部分达成/未达成），请改写或填报得分所属档位的词"
  end
  local bi = K.bandinfo[band] or band_info(p, K, band)
  local hi, lo = bi[1] * points, bi[2] * points
  local range = bi[3]
  if given ~= nil then
    if given < lo - 1e-9 or given > hi + 1e-9 then
      return nil, sformat("填报得分 %s 不在“%s”对应的%s（%s–%s 分）内",
        F(given), text, range, F(lo), F(hi))
    end
    return finish(p, given, points, rule,
      rule .. ": " .. same .. "“" .. text .. "”属" .. range .. "，采用填报得分 " .. F(given))
  end
  local fc, m = F_cache, K.m
  local s = hi
  if s < 0 then s = 0 elseif s > points then s = points end
  if ne then return s >= 0 and (s * m + 0.5 + 1e-9) // 1 / m or -((-s * m + 0.5 + 1e-9) // 1) / m, rule, "" end
  return s >= 0 and (s * m + 0.5 + 1e-9) // 1 / m or -((-s * m + 0.5 + 1e-9) // 1) / m, rule,
    rule .. ": " .. same .. "“" .. text .. "”属" .. range .. "，取档上限 " .. bi[4] .. " × " .. (fc[points] or F(points)) .. " = " .. (fc[hi] or F(hi))
end

function L.score_positive(p, A, B, points, rule, ne)
  rule = rule or "正向指标"
  local fc, m = F_cache, (compiled[p] or compile(p)).m
  if B >= A then
    -- finish(p, points, points, …)，展开写（下同）：封顶 clamp(s, 0, points) 再 round_k
    local s = points < 0 and 0 or points
    local v = s >= 0 and (s * m + 0.5 + 1e-9) // 1 / m or -((-s * m + 0.5 + 1e-9) // 1) / m
    if ne then return v, rule, "" end
    return v, rule,
      rule .. ": " .. (fc[B] or F(B)) .. " ≥ " .. (fc[A] or F(A)) .. "，得满分 " .. (fc[points] or F(points))
  end
  if A <= 0 then
    return finish(p, 0, points, rule, rule .. ": " .. F(B) .. " < " .. F(A) .. "，得 0")
  end
  local s = B / A * points
  if s < 0 then s = 0 elseif s > points then s = points end
  local v = s >= 0 and (s * m + 0.5 + 1e-9) // 1 / m or -((-s * m + 0.5 + 1e-9) // 1) / m
  if ne then return v, rule, "" end
  return v, rule,
    rule .. ": " .. (fc[B] or F(B)) .. " ÷ " .. (fc[A] or F(A)) .. " × " .. (fc[points] or F(points)) .. " = " .. (fc[v] or F(v))
end

function L.score_reverse(p, A, B, points, rule, ne)
  rule = rule or "反向指标"
  local fc = F_cache
  if B <= A then
    if ne then return finish(p, points, points, rule, "") end
    return finish(p, points, points, rule,
      rule .. ": " .. (fc[B] or F(B)) .. " ≤ " .. (fc[A] or F(A)) .. "，得满分 " .. (fc[points] or F(points)))
  end
  if A == 0 then
    -- 目标 ≤0（如“三公经费”变动率≤0）：实际 >0 即未达成，得 0
    return finish(p, 0, points, rule, rule .. ": 目标 ≤0，实际 " .. F(B) .. " > 0，得 0")
  end
  local K = compiled[p] or compile(p)
  local formula = (p.formulas or {}).reverse or "deviation"
  if formula == "ratio" and A > 0 then
    local v = round_k(K, clamp(A / B * points, 0, points))
    return v, rule, rule .. ": " .. F(A) .. " ÷ " .. F(B) .. " × " .. F(points) .. " = " .. F(v)
  end
  -- deviation（目标为负数时以其绝对值作分母）
  local d = math.abs(A)
  local v = round_k(K, clamp((1 - (B - A) / d) * points, 0, points))
  if ne then return v, rule, "" end
  local a_txt = A < 0 and ("(" .. F(A) .. ")") or F(A)
  return v, rule,
    rule .. ": (1 − (" .. F(B) .. " − " .. a_txt .. ") ÷ " .. F(d) .. ") × " .. F(points) .. " = " .. F(v)
end

function L.score_range(p, A, M, B, points, rule)
  rule = rule or "区间指标"
  if B >= A and B <= M then
    return finish(p, points, points, rule,
      rule .. ": " .. F(B) .. " 在 " .. F(A) .. "–" .. F(M) .. " 之内，得满分 " .. F(points))
  end
  local K = compiled[p] or compile(p)
  if B < A then
    if A <= 0 then return finish(p, 0, points, rule, rule .. ": " .. F(B) .. " < " .. F(A) .. "，得 0") end
    local v = round_k(K, clamp(B / A * points, 0, points))
    return v, rule, rule .. ": 低于下限，" .. F(B) .. " ÷ " .. F(A) .. " × " .. F(points) .. " = " .. F(v)
  end
  if B <= 0 then return finish(p, 0, points, rule, rule .. ": " .. F(B) .. "，得 0") end
  local v = round_k(K, clamp(M / B * points, 0, points))
  return v, rule, rule .. ": 高于上限，" .. F(M) .. " ÷ " .. F(B) .. " × " .. F(points) .. " = " .. F(v)
end

local function rule_applies(rule, kind, level3)
  if rule.kind and rule.kind ~= kind then return false end
  return has(level3 or "", rule.match)
end

local function find_step_raw(p, kind, level3)
  for _, st in ipairs((p.formulas or {}).steps or {}) do
    if rule_applies(st, kind, level3) then return st end
  end
end

local function find_tiers_raw(p, kind, level3)
  for _, t in ipairs((p.formulas or {}).tiers or {}) do
    if rule_applies(t, kind, level3) then return t end
  end
end

function L.find_step(p, kind, level3) return ctx(p).find_step(kind, level3) or nil end
function L.find_tiers(p, kind, level3) return ctx(p).find_tiers(kind, level3) or nil end

-- 日期 YYYYMMDD（无年份时 MMDD）-> “2023年12月31日”
local function date_text(d)
  d = mfloor(d)
  local y, m, dd = d // 10000, d // 100 % 100, d % 100
  return (y > 0 and (y .. "年") or "") .. m .. "月" .. dd .. "日"
end

-- 时效（期限）：指标值写成日期（2023年12月31日前完成、12月底前）即“不晚于该日”。
-- 实际完成值为日期（2023年11月完成、11月20日）时比较日期：不晚于期限得满分，晚于期限
-- 按“未达成”档上限计分（同定性指标“未按期”）；写成“按期完成”“未按期”时按定性档位。
-- 一方没写年份时按同一年比较。
function L.score_deadline(p, A, B, actual_text, points, given)
  local rule = "时效指标"
  if B == nil then return L.score_qualitative(p, actual_text, points, given, rule) end
  if B < 10000 and A >= 10000 then B = (A // 10000) * 10000 + B end
  local a, b = A, B
  if A < 10000 and B >= 10000 then b = B % 10000 end
  local month = ""
  if actual_text and actual_text:find("月", 1, true) and not actual_text:find("日", 1, true) then
    -- 只写到月份：按月末（整月都在期限内）或月初（整月都晚于期限）比较
    month = "（实际完成值只写到月份“" .. trim(actual_text) .. "”，按" .. (mfloor(B) % 100 == 1 and "月初" or "月末") .. "计）"
  end
  if b <= a then
    return finish(p, points, points, rule, rule .. ": 完成于 " .. date_text(B) .. "，不晚于期限 "
      .. date_text(A) .. "，按期完成，得满分 " .. F(points) .. month)
  end
  local top = ((p.bands or {}).failed or { 0.6, 0 })[1]
  return finish(p, top * points, points, rule, rule .. ": 完成于 " .. date_text(B) .. "，晚于期限 "
    .. date_text(A) .. "，未按期：按未达成档上限 " .. pct(top) .. " × " .. F(points) .. " = "
    .. F(round_k(compiled[p] or compile(p), top * points)) .. month)
end

-- 严格比较（<5%、>90%）恰好等于目标：没有达到目标（5 不小于 5）。按完成比例计分
-- （财预〔2020〕10号：未完成指标值的按完成值与指标值的比例记分；恰在边界时比例为 1），
-- 说明里写明未达到，不写“5 ≤ 5”；第四个返回值 false 告诉宿主“未达标”（评分表的状态栏、
-- 偏差原因提示与说明一致）。
function L.score_strict_edge(p, op, A, B, points, rule)
  local sym = op == "lt" and "<" or ">"
  local word = op == "lt" and "小于" or "大于"
  local v, r, x = finish(p, points, points, rule, rule .. ": " .. F(B) .. " 不" .. word .. " " .. F(A)
    .. "，未达到目标“" .. sym .. F(A) .. "”（恰在边界，偏差为 0，按公式仍得满分 " .. F(points) .. "）")
  return v, r, x, false
end

-- 超出目标过多且 formulas.overshoot.deduct 为真：按偏离度调减（财预〔2020〕10号）
function L.score_overshoot(p, ov, A, B, points)
  local rule = "正向指标（超额调减）"
  local limit = A * (1 + (ov.threshold or 0) / 100)
  local v = round_k(compiled[p] or compile(p), clamp(limit / B * points, 0, points))
  return v, rule, rule .. ": " .. F(B) .. " 超出目标 " .. F(A) .. " 的 " .. F((B - A) / A * 100)
    .. "%（界限 " .. F(ov.threshold or 0) .. "%），按偏离度调减 " .. F(limit) .. " ÷ " .. F(B)
    .. " × " .. F(points) .. " = " .. F(v)
end

-- 扣分规则：≤limit 满分；每超过 per 扣 share×分值，按超出量成比例，扣完为止
function L.score_step(p, st, A, B, points)
  local rule = st.rule or "扣分规则"
  local limit = st.limit or A
  local per = st.per or 1
  local each = (st.share or 0.1) * points
  if B <= limit then
    return finish(p, points, points, rule, sformat("%s: %s ≤ %s，得满分 %s", rule, F(B), F(limit), F(points)))
  end
  local over = (B - limit) / per
  local ded = over * each
  local s = clamp(points - ded, 0, points)
  return finish(p, s, points, rule,
    sformat("%s: 超出 %s %s，扣 %s × %s = %s，%s − %s = %s",
      rule, F(over), st.step_name or "个百分点", F(over), F(each), F(ded), F(points), F(ded), F(jx_round(s, p.round or 2))))
end

-- 分档计分
function L.score_tiers(p, t, B, points)
  local rule = t.rule or "分档计分"
  for _, tier in ipairs(t.tiers or {}) do
    if B >= tier.min then
      local s = tier.share * points
      return finish(p, s, points, rule,
        sformat("%s: %s ≥ %s，得 %s × %s = %s", rule, F(B), F(tier.min), F(tier.share), F(points), F(jx_round(s, p.round or 2))))
    end
  end
  return finish(p, 0, points, rule, sformat("%s: %s 低于最低档，得 0", rule, F(B)))
end

-- 未写比较符的数值按什么方向理解：变动率、成本类（二级含“成本”或名称含成本/费用/经费，单位为金额）
-- 按上限（≤），其余按下限（≥，即正向）。
function L.implied_upper(p, kind, level2, level3, unit)
  local K = ctx(p)
  local info = K.info(level3 or "")
  if info.change then return true end
  if K.money[unit] and (has_cost(level2 or "") or info.cost) then
    return true
  end
  return false
end

-- score 的实现：compile 为每个包生成一个闭包（K.score_fn，p 与 K 是上值，省去每次查找）；
-- bind 在 p.lib.score 未被替换时直接把它作为 p.score。
-- 旧写法：实际完成值一格写“本年数：120；上年数：100”时，宿主的指标值解析器已算出变动率，这里在说明里写出算式。
-- 来源：部门整体绩效目标申报表（洛龙 2021、鲁山 2020）变动率 =（本年数−上年数）÷上年数×100%。
function L.change_note(actual_text, rate)
  local cur = actual_text:match("本年[^%d%-]*(%-?[%d%.]+)")
  local prev = actual_text:match("上年[^%d%-]*(%-?[%d%.]+)")
  if not cur or not prev then return "" end
  return "变动率 (" .. cur .. " − " .. prev .. ") ÷ " .. prev .. " × 100% = " .. F(rate) .. "%；"
end

-- 填报表的“本年数”“上年数（或上年实际）”两栏（宿主把两个数作为 current、previous 交给 score）：
-- 本包按同一公式算出变动率，作为实际完成值计分，说明里先写出算式。实际完成值栏另写了变动率、
-- 与算出的不同时，按两栏的数计分并在说明里指出。返回 变动率, 说明；上年数为 0 时 nil, 原因。
function L.change_from_years(current, previous, actual)
  if previous == 0 then
    return nil, "上年数为 0，无法计算变动率（(本年数−上年数)÷上年数×100%）"
  end
  local rate = (current - previous) / previous * 100
  local note = "变动率 (" .. F(current) .. " − " .. F(previous) .. ") ÷ " .. F(previous)
    .. " × 100% = " .. F(rate) .. "%；"
  if actual ~= nil and math.abs(actual - rate) > 0.005 then
    note = note .. "（实际完成值栏写的 " .. F(actual) .. " 与本年数、上年数算出的不同，按算出的 "
      .. F(rate) .. "% 计分）"
  end
  return rate, note
end

---------------------------------------------------------------------------
-- score 的分派（docs/rules.md 3.5 的顺序）。decide 只看与数字无关的参数（种类、二级、三级名称、
-- 指标值类型、比较符、单位、是否写了比较符、有没有目标数和实际数），选出一个公式函数 fn 和它的参数 arg；
-- fn(p, A, B, points, arg, ne, M, given, actual_text, target_text) 只用数字（文字类指标用文字）算分。
-- 逐个指标的 score 每次先 decide 再调用 fn；按表打分（score_table，见下）对每种参数组合只 decide 一次。
-- 两条路径用同一个 decide、同一组公式函数，得分和说明完全相同。
---------------------------------------------------------------------------

-- 公式函数的参数：fn(p, A, B, points, arg, ne, M, given, actual_text, target_text)，与 score_positive、
-- score_reverse 的参数顺序相同（arg 是规则名），这两个最常用的公式就直接是公式函数，不再多一层调用。
local function make_formulas(p)
  local FM = {}
  FM.fail = function(_, _, _, _, why) return nil, why end
  FM.deadline = function(_, A, B, P, _, _, _, G, T) return L.score_deadline(p, A, B, T, P, G) end
  -- 定性、时间、文字类目标：按实际完成值的文字定档（与指标值原文相同即达成）
  FM.qualitative = function(_, _, _, P, _, ne, _, G, T, TT)
    return L.score_qualitative(p, T, P, G, nil, ne, TT)
  end
  -- 数值目标但实际完成值写成文字（“完成”“达成预期指标”）：按定性档位打分（formulas.text_actual）
  FM.text_actual = function(_, _, _, P, _, ne, _, G, T)
    if (p.formulas or {}).text_actual == "warn" and trim(T) ~= "" then
      return nil, "指标值是数值，实际完成值“" .. trim(T) .. "”是文字：请填写实际数值"
    end
    if L.band_of(p, T) then
      return L.score_qualitative(p, T, P, G, "定性指标", ne)
    end
    local t = trim(T)
    if t == "" then return nil, "实际完成值为空，无法打分" end
    if has(t, "本年") and has(t, "上年") then
      return nil, "请在“" .. t .. "”中填写本年数和上年数（变动率按 (本年−上年)÷上年×100% 计算）"
    end
    return nil, "实际完成值“" .. t .. "”不是数值，也不在定性词表中，无法与指标值比较"
  end
  FM.step = function(_, A, B, P, st) return L.score_step(p, st, A, B, P) end
  FM.tiers = function(_, _, B, P, t) return L.score_tiers(p, t, B, P) end
  -- 包的数据在 bind 之后不再改（docs/rules.md 4.2），公式函数在这里取一次
  local score_reverse, score_positive, score_strict_edge = L.score_reverse, L.score_positive, L.score_strict_edge
  FM.reverse = score_reverse                          -- arg：规则名（反向指标、变动率）
  FM.range = function(_, A, B, P, _, _, M) return L.score_range(p, A, M or A, B, P, "区间指标") end
  -- ge / gt / eq / approx / 未写比较符：正向（arg 为“正向指标”）；超出过多且 formulas.overshoot.deduct
  -- 时按偏离度调减
  local ov = (p.formulas or {}).overshoot
  if ov and ov.deduct then
    FM.positive = function(_, A, B, P, rule, ne)
      if A > 0 and B > A * (1 + (ov.threshold or 0) / 100) then
        return L.score_overshoot(p, ov, A, B, P)
      end
      return score_positive(p, A, B, P, rule, ne)
    end
  else
    FM.positive = score_positive
  end
  local positive = FM.positive
  FM.positive_plain = score_positive   -- 按表打分（make_table_entry）认公式函数用
  -- <、> 的目标恰好等于实际（<5% 实际 5%）：未达到（score_strict_edge）；arg 是规则名
  FM.lt_reverse = function(_, A, B, P, rule, ne)
    if B == A then return score_strict_edge(p, "lt", A, B, P, rule) end
    return score_reverse(p, A, B, P, rule, ne)
  end
  FM.gt_reverse = function(_, A, B, P, rule, ne)
    if B == A then return score_strict_edge(p, "gt", A, B, P, rule) end
    return score_reverse(p, A, B, P, "反向指标", ne)
  end
  FM.gt_positive = function(_, A, B, P, rule, ne)
    if B == A then return score_strict_edge(p, "gt", A, B, P, rule) end
    return positive(p, A, B, P, "正向指标", ne)
  end
  return FM
end

local function make_decide(p, K, FM)
  local score_class, score_class_caches = K.score_class, K.score_class_caches
  return function(kind, level2, level3, tkind, op, unit, implied, has_target, has_num)
    if unit == "日期" and has_target then return FM.deadline end
    if tkind ~= "quantitative" then
      if tkind == "empty" then return FM.fail, "指标值为空，无法打分" end
      if tkind == "placeholder" then return FM.fail, "指标值为占位符，无法打分" end
      if tkind == "damaged" then return FM.fail, "指标值残缺（疑似被截断），无法打分" end
      return FM.qualitative
    end
    if not has_target then return FM.fail, "指标值没有数值，无法打分" end
    if not has_num then return FM.text_actual end
    -- 三级名称的打分分类（扣分规则、分档计分、变动率），按 (kind, 名称) 记忆
    local cc = score_class_caches[kind]
    local c = cc and cc[level3]
    if c == nil then c = score_class(kind, level3) end
    if c.step then return FM.step, c.step end
    if c.tiers then return FM.tiers, c.tiers end
    if op == "lt" then return FM.lt_reverse, c.change and "变动率" or "反向指标" end
    if op == "gt" then
      local edge = c.change and "变动率" or "正向指标"
      if implied and L.implied_upper(p, kind, level2, c.name3, unit) then return FM.gt_reverse, edge end
      return FM.gt_positive, edge
    end
    if c.change and op ~= "ge" and op ~= "range" then return FM.reverse, "变动率" end
    if op == "le" or (implied and L.implied_upper(p, kind, level2, c.name3, unit)) then
      return FM.reverse, "反向指标"
    end
    if op == "range" then return FM.range end
    return FM.positive, "正向指标"
  end
end

-- score 的实现：compile 为每个包生成一个闭包（K.score_fn，p 与 K 是上值，省去每次查找）；
-- bind 在 p.lib.score 未被替换时直接把它作为 p.score。
local function make_score(p, K)
  local FM = make_formulas(p)
  local decide = make_decide(p, K, FM)
  K.score_formulas, K.score_decide = FM, decide
  return function(kind, level1, level2, level3, tkind, op, target, target_max, unit,
                  implied, actual, actual_text, points, given, want_explain, current, previous,
                  target_text)
    local years
    if current ~= nil and previous ~= nil then
      actual, years = L.change_from_years(current, previous, actual)
      if actual == nil then return nil, years end
    end
    local fn, arg = decide(kind, level2, level3, tkind, op, unit, implied, target ~= nil, actual ~= nil)
    local v, r, x, met = fn(p, target, actual, points or 0, arg, want_explain == false, target_max,
                            given, actual_text, target_text)
    if v ~= nil and want_explain ~= false then
      if years then
        x = years .. (x or "")
      elseif actual ~= nil and actual_text ~= nil and (years_text_cache[actual_text] or years_text(actual_text)) then
        x = L.change_note(actual_text, actual) .. (x or "")
      end
    end
    return v, r, x, met
  end
end

function L.score(p, ...)
  return (compiled[p] or compile(p)).score_fn(...)
end

---------------------------------------------------------------------------
-- 按表打分（宿主的表入口，docs/rules.md 3.2 第 6 项）
--
-- 宿主对每个引擎调用一次 p.lib.score_table(p, score)；score 是宿主逐个指标调用的那个函数。
-- 它仍是本包为 p 生成的打分闭包时，返回 resolve, run, names；否则（子包在 bind 之后替换了
-- score，或替换了 p.lib.score 再 bind）返回 nil，宿主照旧逐个指标调用 score，替换照样生效。
---------------------------------------------------------------------------
local function make_table_entry(p, K)
  local FM, decide = K.score_formulas, K.score_decide
  local FN, ARG, ids = {}, {}, {}
  local NOARG = {}
  local names, rid = {}, {}
  local change_from_years, change_note = L.change_from_years, L.change_note
  -- make_formulas 取的同两个函数（FM.reverse、没有超额调减时的 FM.positive）
  local L_score_positive, L_score_reverse = FM.positive_plain, FM.reverse
  local reads_text = { [FM.deadline] = true, [FM.qualitative] = true, [FM.text_actual] = true }

  -- 与数字无关的参数 -> 公式编号（同一个公式函数和参数同一个编号），宿主按参数记住编号。
  -- 第二个返回值：true 表示公式要读实际完成值原文；"explain" 表示只在要说明时读
  -- （旧写法“本年数：…；上年数：…”在说明里写出算式）。
  local function resolve(kind, level1, level2, level3, tkind, op, unit, implied, has_target,
                         has_num, years)
    local fn, arg = decide(kind, level2, level3, tkind, op, unit, implied, has_target,
                           has_num or years)
    local byfn = ids[fn]
    if byfn == nil then byfn = {}; ids[fn] = byfn end
    local key = arg
    if key == nil then key = NOARG end
    local id = byfn[key]
    if id == nil then
      id = #FN + 1
      FN[id], ARG[id] = fn, arg
      byfn[key] = id
    end
    return id, reads_text[fn] or "explain"
  end

  local function rule_id(r)
    local id = #names + 1
    names[id] = r
    rid[r] = id
    return id
  end

  -- 编号 id 的公式，参数都已取好（公式函数、arg、规则名的编号、K.m……），每个编号、要不要说明各一个：
  -- q(A, B, P, M, G, T, TT) → 得分, 规则编号（得分为 nil 时是原因）, 说明, met。A 指标值、B 实际完成值（数）、
  -- P 分值、M 区间上限、G 填报得分、T 实际完成值原文、TT 文字类指标值原文，没有的为 nil。宿主拿到 formula 后
  -- 逐行直接调用 q（docs/rules.md 3.2 第 6 项），有本年数/上年数的表才经过 run。
  -- slow 照旧调用公式函数（与逐个指标的 score 同一个函数），再把规则名换成编号；最常用的正向、反向、
  -- 定性公式另有一个把算式写在闭包里的版本，只走常见的分支（不要说明时不拼字符串），其余分支（A ≤ 0、
  -- 目标为 0、恰在边界、ratio、填报得分、不在词表、说明前要加变动率算式……）交给 slow：与 score_positive、
  -- score_reverse、score_qualitative 的同一分支相同，所以得分、说明都不变。
  -- 正向、反向的说明不在 Lua 里拼：返回模板在 names 中的编号（“正向指标: {B} ≥ {A}，得满分 {P}”），
  -- 宿主按 jx.fmt 的格式填入这一行的数（{V} 是得分），与公式函数用 F 拼出的字符串逐字相同。
  -- 这两个公式的常见分支还以内置公式交给宿主（formula 的第二个返回值 spec，docs/rules.md 3.2 第 6 项）：
  -- 宿主用 C 算这些分支（算式与下面的闭包逐字相同），其余的行仍调用闭包。
  local function slow_q(id, ne)
    local fn, arg = FN[id], ARG[id]
    return function(A, B, P, M, G, T, TT)
      local v, r, x, met = fn(p, A, B, P or 0, arg, ne, M, G, T, TT)
      if v ~= nil then
        if not ne and B ~= nil and T ~= nil and (years_text_cache[T] or years_text(T)) then
          x = change_note(T, B) .. (x or "")
        end
        if r == nil then r = 0 else r = rid[r] or rule_id(r) end
      end
      return v, r, x, met
    end
  end

  -- 说明模板 -> 在 names 中的编号（与规则名共用 names，各自记忆）；规则名里的 { 写成 {{
  local tid = {}
  local function template(s)
    local id = tid[s]
    if id == nil then
      id = #names + 1
      names[id] = s
      tid[s] = id
    end
    return id
  end
  local function esc(s) return (s:gsub("{", "{{")) end
  -- 要说明时走 slow 的行：实际完成值原文是“本年…上年…”的旧写法（说明前加变动率算式），或有数是 NaN
  -- （F 对 NaN 不记忆，slow 与 score 逐字相同）
  local function noted(T) return T ~= nil and (years_text_cache[T] or years_text(T)) end

  local m = K.m
  local reverse_ratio = ((p.formulas or {}).reverse or "deviation") == "ratio"
  -- 内置公式（宿主用 C 算的常见分支）：kind 为 "positive"、"reverse" 或 "bands"（定性，见 band_spec）；
  -- m 同 K.m；rule 规则名编号；
  -- full、part 说明模板编号（满分、按比例；不要说明时 nil）；ratio：反向用 ratio 公式（A > 0 时交给闭包）；
  -- edge：B == A 时交给闭包；note：要说明时原文含这几个词全部时交给闭包
  local function spec(kind, r, full, part, edge)
    return { kind = kind, m = m, rule = r, full = full, part = part, ratio = reverse_ratio,
             edge = edge or false, note = YEARS_WORDS }
  end
  -- score_positive(p, A, B, P, rule, ne)；返回闭包和内置公式
  local function fast_positive(rule, slow, ne)
    local r = rid[rule] or rule_id(rule)
    if ne then
      return function(A, B, P, M, G, T, TT)
        if P == nil then P = 0 end
        if B >= A then
          local s = P < 0 and 0 or P
          if s >= 0 then return (s * m + 0.5 + 1e-9) // 1 / m, r, "" end
          return -((-s * m + 0.5 + 1e-9) // 1) / m, r, ""
        end
        if A <= 0 then return slow(A, B, P, M, G, T, TT) end
        local s = B / A * P
        if s < 0 then s = 0 elseif s > P then s = P end
        if s >= 0 then return (s * m + 0.5 + 1e-9) // 1 / m, r, "" end
        return -((-s * m + 0.5 + 1e-9) // 1) / m, r, ""
      end, spec("positive", r)
    end
    local t_full = template(esc(rule) .. ": {B} ≥ {A}，得满分 {P}")
    local t_ratio = template(esc(rule) .. ": {B} ÷ {A} × {P} = {V}")
    return function(A, B, P, M, G, T, TT)
      if P == nil then P = 0 end
      if noted(T) then return slow(A, B, P, M, G, T, TT) end
      if B >= A then
        local s = P < 0 and 0 or P
        if s >= 0 then return (s * m + 0.5 + 1e-9) // 1 / m, r, t_full end
        return -((-s * m + 0.5 + 1e-9) // 1) / m, r, t_full
      end
      if A <= 0 then return slow(A, B, P, M, G, T, TT) end
      local s = B / A * P
      if s < 0 then s = 0 elseif s > P then s = P end
      if s >= 0 then return (s * m + 0.5 + 1e-9) // 1 / m, r, t_ratio end
      return -((-s * m + 0.5 + 1e-9) // 1) / m, r, t_ratio
    end, spec("positive", r, t_full, t_ratio)
  end
  -- score_reverse(p, A, B, P, rule, ne)（finish = round_k(clamp(s, 0, P))）
  local function fast_reverse(rule, slow, ne)
    local r = rid[rule] or rule_id(rule)
    local t_full, t_dev
    if not ne then
      t_full = template(esc(rule) .. ": {B} ≤ {A}，得满分 {P}")
      t_dev = template(esc(rule) .. ": (1 − ({B} − {A}) ÷ {A}) × {P} = {V}")
    end
    return function(A, B, P, M, G, T, TT)
      if P == nil then P = 0 end
      if not ne and noted(T) then return slow(A, B, P, M, G, T, TT) end
      local s, x
      if B <= A then
        s, x = P, t_full
      elseif A == 0 or (reverse_ratio and A > 0) or (A < 0 and not ne) then
        -- A < 0：说明写成 (A) 与 |A|，交给公式函数
        return slow(A, B, P, M, G, T, TT)
      else
        s, x = (1 - (B - A) / (A < 0 and -A or A)) * P, t_dev
      end
      if s < 0 then s = 0 elseif s > P then s = P end
      if ne then x = "" end
      if s >= 0 then return (s * m + 0.5 + 1e-9) // 1 / m, r, x end
      return -((-s * m + 0.5 + 1e-9) // 1) / m, r, x
    end, spec("reverse", r, t_full, t_dev)
  end
  -- <、>：恰在边界（B == A）交给 slow（score_strict_edge），其余同 reverse / positive
  local function edge(slow, fast, sp)
    sp.edge = true
    return function(A, B, P, M, G, T, TT)
      if B == A then return slow(A, B, P, M, G, T, TT) end
      return fast(A, B, P, M, G, T, TT)
    end, sp
  end
  -- score_qualitative(p, t, P, G, nil, ne, TT)：实际完成值在词表中、没有填报得分
  local band_cache, bandinfo = K.band_cache, K.bandinfo
  local fc = F_cache
  -- 内置的定性公式：words 为词表中的词（band_of_raw 的第一遍：先出现的档位优先）及其档上限比例、
  -- 说明模板；实际完成值原文（首尾没有空白）恰是其中一个词、没有填报得分时宿主算分，其余交给闭包
  local function band_spec(rule, r, ne)
    local words, seen = {}, {}
    for _, band in ipairs(BAND_ORDER) do
      for _, w in ipairs((p.vocabulary or {})[band] or {}) do
        if not seen[w] then
          seen[w] = true
          if p.bands and p.bands[band] then
            local bi = bandinfo[band] or band_info(p, K, band)
            words[#words + 1] = { w, bi[1], not ne and template(esc(rule) .. ": “{T}”属" .. esc(bi[3])
              .. "，取档上限 " .. esc(bi[4]) .. " × {P} = {H}") or nil }
          end
        end
      end
    end
    local sp = spec("bands", r)
    sp.words = words
    return sp
  end
  local function fast_qualitative(slow, ne)
    local rule = "定性指标"
    local r = rid[rule] or rule_id(rule)
    local sp = band_spec(rule, r, ne)
    return function(A, B, P, M, G, T, TT)
      if G ~= nil then return slow(A, B, P, M, G, T, TT) end
      if P == nil then P = 0 end
      local text = trim_cache[T] or trim(T)
      if text == "" then return slow(A, B, P, M, G, T, TT) end
      local band = band_cache[text]
      if band == nil then band = K.band(text) end
      if not band then return slow(A, B, P, M, G, T, TT) end
      local bi = bandinfo[band] or band_info(p, K, band)
      local hi = bi[1] * P
      local s = hi
      if s < 0 then s = 0 elseif s > P then s = P end
      if ne then
        if s >= 0 then return (s * m + 0.5 + 1e-9) // 1 / m, r, "" end
        return -((-s * m + 0.5 + 1e-9) // 1) / m, r, ""
      end
      if noted(T) then return slow(A, B, P, M, G, T, TT) end
      local v
      if s >= 0 then v = (s * m + 0.5 + 1e-9) // 1 / m else v = -((-s * m + 0.5 + 1e-9) // 1) / m end
      return v, r, rule .. ": " .. "“" .. text .. "”属" .. bi[3] .. "，取档上限 " .. bi[4] .. " × "
        .. (fc[P] or F(P)) .. " = " .. (fc[hi] or F(hi))
    end, sp
  end

  local function make_q(id, ne)
    local slow = slow_q(id, ne)
    local fn, arg = FN[id], ARG[id]
    if fn == L_score_positive then return fast_positive(arg or "正向指标", slow, ne) end
    if fn == L_score_reverse then return fast_reverse(arg or "反向指标", slow, ne) end
    if fn == FM.lt_reverse then return edge(slow, fast_reverse(arg or "反向指标", slow, ne)) end
    if fn == FM.gt_reverse then return edge(slow, fast_reverse("反向指标", slow, ne)) end
    if fn == FM.gt_positive and FM.positive == L_score_positive then
      return edge(slow, fast_positive("正向指标", slow, ne))
    end
    if fn == FM.qualitative then return fast_qualitative(slow, ne) end
    return slow
  end
  local QN, QX, SN, SX = {}, {}, {}, {}   -- 编号 -> q、内置公式（不要说明 / 要说明）
  local function formula(id, ne)
    local Q = ne and QN or QX
    local q = Q[id]
    if q == nil then
      local sp
      q, sp = make_q(id, ne)
      Q[id] = q
      if ne then SN[id] = sp else SX[id] = sp end
    end
    return q, (ne and SN or SX)[id]
  end

  -- 一张表中要打分的 n 个指标。I[i]：resolve 给的编号；N[4i-3], N[4i-2], N[4i-1], N[4i]：
  -- 指标值、区间上限、实际完成值（数，宿主已换成指标值单位）、分值；G 填报得分、T 实际完成值原文、
  -- TT 文字类指标值原文、C/V 本年数/上年数（没有的行为 nil，整列都没有时为 nil）。
  -- 结果写入 S[i]（得分；不能打分时 nil）、R[i]（S[i] 不为 nil 时是规则在 names 中的编号，否则为原因）、
  -- X[i]（说明，或说明模板在 names 中的编号）；返回“未达标”行的集合（score 的第四个返回值为 false 的行），没有时 nil。
  local function run(n, ne, I, N, G, T, TT, C, V, S, R, X)
    local unmet
    local Q = ne and QN or QX
    for i = 1, n do
      local k = 4 * i
      local v, r, x, met
      local id = I[i]
      local cur = C and C[i]
      if cur ~= nil and V[i] ~= nil then
        local B, years = change_from_years(cur, V[i], N[k - 1])
        if B == nil then
          v, r = nil, years
        else
          v, r, x, met = FN[id](p, N[k - 3], B, N[k] or 0, ARG[id], ne, N[k - 2], G and G[i],
                                T and T[i], TT and TT[i])
          if v ~= nil then
            if not ne then x = years .. (x or "") end
            if r == nil then r = 0 else r = rid[r] or rule_id(r) end
          end
        end
      else
        local q = Q[id] or formula(id, ne)
        v, r, x, met = q(N[k - 3], N[k - 1], N[k], N[k - 2], G and G[i], T and T[i], TT and TT[i])
      end
      S[i], R[i], X[i] = v, r, x
      if met == false then
        unmet = unmet or {}
        unmet[i] = true
      end
    end
    return unmet
  end
  return { resolve, run, names, formula }
end

function L.score_table(p, score)
  local K = compiled[p] or compile(p)
  if not rawequal(score, K.score_fn) then return nil end
  local te = K.table_entry
  if te == nil then
    te = make_table_entry(p, K)
    K.table_entry = te
  end
  return te[1], te[2], te[3], te[4]
end
---------------------------------------------------------------------------
-- 预算执行率、等级
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

-- 宿主每张表调用一次：不用 ipairs（每一档一次函数调用），逐项取到第一个 nil 为止，与 ipairs 相同
function L.grade(p, total)
  local grades, last = p.grades or {}, nil
  local i, g = 1, grades[1]
  while g ~= nil do
    if total >= g.min then return g.name end
    last = g.name
    i = i + 1
    g = grades[i]
  end
  return last
end

internal.band_of_raw, internal.find_step_raw, internal.find_tiers_raw, internal.make_score = band_of_raw, find_step_raw, find_tiers_raw, make_score

return internal
