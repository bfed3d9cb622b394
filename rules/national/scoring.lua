-- national/scoring.lua：打分（score）、预算执行率（execution_score）、等级（grade）。
-- 财预〔2020〕10号：正向指标 实际÷目标×分值；反向、区间、变动率、扣分规则、分档计分、
-- 定性三档、时效（期限）各有一个函数，每个函数上方注明规则与来源；score 的分派顺序见
-- make_score_raw（docs/rules.md 3.5）。公式参数（反向公式、扣分规则、超额调减……）在 data.lua 的 formulas。

local U = require("common")
local L = U.lib
local compiled, ctx = U.compiled, U.ctx
local function compile(p) return U.compile(p) end
local trim, trim_cache, has, clamp = U.trim, U.trim_cache, U.has, U.clamp
local F, F_cache, has_cost = U.F, U.F_cache, U.has_cost
local jx_round, jx_contains = jx.round, jx.contains
local sformat = string.format
local utf8_len = utf8.len

local internal = {}   -- 给 compile.lua 用的内部函数

-- jx.round(x, p.round or 2) 的同一算式（K.m = 10 ^ (p.round or 2)，在 compile 里算好）
local mfloor = math.floor
local function round_k(K, x)
  local m = K.m
  if x >= 0 then return mfloor(x * m + 0.5 + 1e-9) / m end
  return -mfloor(-x * m + 0.5 + 1e-9) / m
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
  if ne then return s >= 0 and mfloor(s * m + 0.5 + 1e-9) / m or -mfloor(-s * m + 0.5 + 1e-9) / m, rule, "" end
  return s >= 0 and mfloor(s * m + 0.5 + 1e-9) / m or -mfloor(-s * m + 0.5 + 1e-9) / m, rule,
    rule .. ": " .. same .. "“" .. text .. "”属" .. range .. "，取档上限 " .. bi[4] .. " × " .. (fc[points] or F(points)) .. " = " .. (fc[hi] or F(hi))
end

function L.score_positive(p, A, B, points, rule, ne)
  rule = rule or "正向指标"
  local fc, m = F_cache, (compiled[p] or compile(p)).m
  if B >= A then
    -- finish(p, points, points, …)，展开写（下同）：封顶 clamp(s, 0, points) 再 round_k
    local s = points < 0 and 0 or points
    local v = s >= 0 and mfloor(s * m + 0.5 + 1e-9) / m or -mfloor(-s * m + 0.5 + 1e-9) / m
    if ne then return v, rule, "" end
    return v, rule,
      rule .. ": " .. (fc[B] or F(B)) .. " ≥ " .. (fc[A] or F(A)) .. "，得满分 " .. (fc[points] or F(points))
  end
  if A <= 0 then
    return finish(p, 0, points, rule, rule .. ": " .. F(B) .. " < " .. F(A) .. "，得 0")
  end
  local s = B / A * points
  if s < 0 then s = 0 elseif s > points then s = points end
  local v = s >= 0 and mfloor(s * m + 0.5 + 1e-9) / m or -mfloor(-s * m + 0.5 + 1e-9) / m
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

local make_score_raw

local function make_score(p, K)
  local raw = make_score_raw(p, K)
  return function(kind, level1, level2, level3, tkind, op, target, target_max, unit,
                  implied, actual, actual_text, points, given, want_explain, current, previous,
                  target_text)
    local years
    if current ~= nil and previous ~= nil then
      actual, years = L.change_from_years(current, previous, actual)
      if actual == nil then return nil, years end
    end
    local v, r, x, met = raw(kind, level1, level2, level3, tkind, op, target, target_max, unit,
                             implied, actual, actual_text, points, given, want_explain, target_text)
    if v ~= nil and want_explain ~= false then
      if years then
        x = years .. (x or "")
      elseif actual ~= nil and jx_contains(actual_text, "上年") and jx_contains(actual_text, "本年") then
        x = L.change_note(actual_text, actual) .. (x or "")
      end
    end
    return v, r, x, met
  end
end

make_score_raw = function(p, K)
  local score_class, score_class_caches = K.score_class, K.score_class_caches
  return function(kind, level1, level2, level3, tkind, op, target, target_max, unit,
                  implied, actual, actual_text, points, given, want_explain, target_text)
    points = points or 0
    local ne = want_explain == false
    if unit == "日期" and target ~= nil then
      return L.score_deadline(p, target, actual, actual_text, points, given)
    end
    if tkind ~= "quantitative" then
      if tkind == "empty" then return nil, "指标值为空，无法打分" end
      if tkind == "placeholder" then return nil, "指标值为占位符，无法打分" end
      if tkind == "damaged" then return nil, "指标值残缺（疑似被截断），无法打分" end
      -- 定性、时间、文字类目标：按实际完成值的文字定档（与指标值原文相同即达成）
      return L.score_qualitative(p, actual_text, points, given, nil, ne, target_text)
    end

    if target == nil then return nil, "指标值没有数值，无法打分" end
    if actual == nil then
      -- 数值目标但实际完成值写成文字（“完成”“达成预期指标”）：按定性档位打分（formulas.text_actual）
      if (p.formulas or {}).text_actual == "warn" and trim(actual_text) ~= "" then
        return nil, "指标值是数值，实际完成值“" .. trim(actual_text) .. "”是文字：请填写实际数值"
      end
      if L.band_of(p, actual_text) then
        return L.score_qualitative(p, actual_text, points, given, "定性指标", ne)
      end
      local t = trim(actual_text)
      if t == "" then return nil, "实际完成值为空，无法打分" end
      if has(t, "本年") and has(t, "上年") then
        return nil, "请在“" .. t .. "”中填写本年数和上年数（变动率按 (本年−上年)÷上年×100% 计算）"
      end
      return nil, "实际完成值“" .. t .. "”不是数值，也不在定性词表中，无法与指标值比较"
    end

    -- 三级名称的打分分类（扣分规则、分档计分、变动率），按 (kind, 名称) 记忆
    local cc = score_class_caches[kind]
    local c = cc and cc[level3]
    if c == nil then c = score_class(kind, level3) end
    local A, B = target, actual
    if c.step then return L.score_step(p, c.step, A, B, points) end
    if c.tiers then return L.score_tiers(p, c.tiers, B, points) end

    if (op == "lt" or op == "gt") and B == A then
      return L.score_strict_edge(p, op, A, B, points, c.change and "变动率"
        or (op == "lt" and "反向指标" or "正向指标"))
    end
    if c.change and op ~= "ge" and op ~= "gt" and op ~= "range" then
      return L.score_reverse(p, A, B, points, "变动率", ne)
    end
    if op == "le" or op == "lt" or (implied and L.implied_upper(p, kind, level2, c.name3, unit)) then
      return L.score_reverse(p, A, B, points, "反向指标", ne)
    end
    if op == "range" then
      return L.score_range(p, A, target_max or A, B, points, "区间指标")
    end
    -- ge / gt / eq / approx / 未写比较符：正向
    local ov = (p.formulas or {}).overshoot
    if ov and ov.deduct and A > 0 and B > A * (1 + (ov.threshold or 0) / 100) then
      return L.score_overshoot(p, ov, A, B, points)
    end
    return L.score_positive(p, A, B, points, "正向指标", ne)
  end
end

function L.score(p, ...)
  return (compiled[p] or compile(p)).score_fn(...)
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

function L.grade(p, total)
  local last
  for _, g in ipairs(p.grades or {}) do
    if total >= g.min then return g.name end
    last = g.name
  end
  return last
end

internal.band_of_raw, internal.find_step_raw, internal.find_tiers_raw, internal.make_score = band_of_raw, find_step_raw, find_tiers_raw, make_score

return internal
