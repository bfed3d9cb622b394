-- national/pack.lua：全国默认规则包的函数（框架归位、分值、打分、执行率、等级、审核）。
-- 财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）。
--
-- 数据不在这里：分值、等级、档位、词表、公式选择在 data.lua，指标框架在 framework.lua，
-- 审核项清单与审核词表在 checks.lua。宿主按 data → framework → checks → pack 的顺序加载，
-- 把前三个文件的数据合并成 base 交给本文件。
--
-- Every function takes the pack table `p` as its first argument and reads
-- its data from there, so a child pack that changes the data gets the new
-- behaviour when the host binds it (p.bind(p)).

-- 数据在 data.lua、framework.lua、checks.lua 里，宿主先加载它们，合并成 base 交给本文件。
local P = base

-- 一级指标分值来自 data.lua 的 weights（子包用 weights 改分值时，宿主合并时即写入框架）
for kind, w in pairs(P.weights or {}) do
  for _, l1 in ipairs(P.framework[kind] or {}) do
    if w[l1.name] ~= nil then l1.points = w[l1.name] end
  end
end

---------------------------------------------------------------------------
-- 5. 小工具
--
-- 速度：宿主对每个指标调用 score，对每份文件调用每个审核项的 run，所以这里的函数要快。
-- 做法有三：
--   * 纯函数按参数记忆（memo）：trim、数字格式化、名称的各种分类（含哪些词）只算一次，
--     缓存有上限（CACHE_MAX 个，满了清空重来）；
--   * 依赖规则包数据的查找表（一级/二级名称 → 框架项、词表 → 集合）在 bind 时由 compile(p)
--     建好，存在 compiled[p] 里（不放进包表，所以不会被子包的 base 拷贝带走，也不出现在 rules show 里）；
--   * 审核项共用一份“每文件预处理”（prep，见第 10 节）：每个指标的规范名称、分类只算一次。
-- 这些都不改变结果：缓存的都是纯函数的值。
---------------------------------------------------------------------------
local L = {}   -- library: every function takes the pack first when it needs data

local jx_fmt, jx_round, jx_contains, jx_any = jx.fmt, jx.round, jx.contains, jx.any
local sformat = string.format
local concat = table.concat
local utf8_len, utf8_offset = utf8.len, utf8.offset

local CACHE_MAX = 4096

-- 一个参数的纯函数 -> 带上限的记忆版本（nil 和 NaN 参数不缓存；fn 不应返回 nil）
-- 第二个返回值是缓存表本身：热路径可以先直接查表（cache[x] or get(x)），查不到再调用。
local function memo(fn)
  local cache, n = {}, 0
  local function get(x)
    local v = cache[x]
    if v ~= nil then return v end
    v = fn(x)
    if x ~= nil and x == x then
      if n >= CACHE_MAX then
        for k in pairs(cache) do cache[k] = nil end
        n = 0
      end
      n = n + 1
      cache[x] = v
    end
    return v
  end
  return get, cache
end

local function trim_raw(s)
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
local trim, trim_cache = memo(trim_raw)
L.trim = trim

-- "产出指标（50分）" / "产出指标(50分)" -> "产出指标"
local clean_name = memo(function(s)
  s = trim(s)
  -- （ ） are multi-byte: use them literally, not inside [ ]
  s = s:gsub("（%s*[%d%.]+%s*分%s*）$", ""):gsub("%(%s*[%d%.]+%s*分%s*%)$", "")
  return trim(s)
end)
L.clean_name = clean_name

local function has(s, word) return s ~= nil and word ~= nil and word ~= "" and jx_contains(s, word) end
local function has_any(s, list) return s ~= nil and list ~= nil and jx_any(s, list) end

local function in_list(x, list)
  for _, v in ipairs(list or {}) do if v == x then return true end end
  return false
end
L.in_list = in_list

-- 列表 -> 集合（in_list 的查表版本）
local function set_of(list)
  local s = {}
  for _, v in ipairs(list or {}) do s[v] = true end
  return s
end

local function clamp(x, lo, hi)
  if x < lo then return lo end
  if x > hi then return hi end
  return x
end

-- jx.fmt 的记忆版本（同一批文件里的分值、目标值反复出现）
local F, F_cache = memo(function(x) return jx_fmt(x) end)

-- 与包数据无关的名称分类（记忆）
local has_cost, has_cost_cache = memo(function(s) return has(s, "成本") end)   -- 二级名称含“成本”
local has_star = memo(function(raw)                               -- 指标值写成乘积（5*8小时）
  return has(raw, "*") or has(raw, "×") or has(raw, "＊")
end)

local function ends_with(s, suffix)
  return #s >= #suffix and s:sub(-#suffix) == suffix
end

---------------------------------------------------------------------------
-- compile：bind 时为一个规则包建查找表（只读取包数据，不修改）
---------------------------------------------------------------------------
local compiled = setmetatable({}, { __mode = "k" })
local compile

local function ctx(p) return compiled[p] or compile(p) end

-- 两层记忆：get(kind, x)；cache_of(kind) 返回 kind 的缓存表（供热路径直接查表）
local NO_CACHE = {}   -- kind 为 nil 时：空表，只读
local function memo2(fn)
  local gets, caches = {}, {}
  local function ensure(kind)
    local g = gets[kind]
    if g == nil then
      g, caches[kind] = memo(function(y) return fn(kind, y) end)
      gets[kind] = g
    end
    return g
  end
  local function get(kind, x)
    if kind == nil then return fn(nil, x) end
    return ensure(kind)(x)
  end
  local function cache_of(kind)
    if kind == nil then return NO_CACHE end
    ensure(kind)
    return caches[kind]
  end
  return get, cache_of
end

---------------------------------------------------------------------------
-- 6. 框架归位 frame
---------------------------------------------------------------------------

-- 一级名称 -> 框架项（名称或别名，去掉“（50分）”）
function L.find_level1(p, kind, name)
  return ctx(p).find_level1(kind, name) or nil
end

-- 二级名称 -> 框架项及所属一级
function L.find_level2(p, kind, name)
  local e = ctx(p).find_level2(kind, name)
  if e then return e[1], e[2] end
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
  local K = ctx(p)
  local byl1 = K.ordered[kind]
  if not byl1 then byl1 = {}; K.ordered[kind] = byl1 end
  local cands = byl1[only_l1 or byl1]
  if not cands then cands = ordered_level2(p, kind, only_l1); byl1[only_l1 or byl1] = cands end
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
  local e = ctx(p).standard_place(kind, level3)
  if e then return e[1], e[2] end
  return nil
end

local function standard_place_raw(p, kind, level3)
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
  if owner and l1 ~= nil and l1 ~= owner.name and
      not in_list(l1, ((p.keep_level1 or {})[kind]) or {}) then
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
      if out1 and in_list(out1, ((p.keep_level1 or {})[kind]) or {}) then
        -- 仍在使用的旧框架一级（keep_level1）：按表上写的保留
        return out1, out2, nil, nil
      end
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
function L.score_qualitative(p, actual_text, points, given, rule, ne)
  rule = rule or "定性指标"
  local text = trim_cache[actual_text] or trim(actual_text)
  if text == "" then return nil, "实际完成值为空，无法打分" end
  local K = compiled[p] or compile(p)
  local band = K.band_cache[text]
  if band == nil then band = K.band(text) end
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
      rule .. ": “" .. text .. "”属" .. range .. "，采用填报得分 " .. F(given))
  end
  local fc, m = F_cache, K.m
  local s = hi
  if s < 0 then s = 0 elseif s > points then s = points end
  if ne then return s >= 0 and mfloor(s * m + 0.5 + 1e-9) / m or -mfloor(-s * m + 0.5 + 1e-9) / m, rule, "" end
  return s >= 0 and mfloor(s * m + 0.5 + 1e-9) / m or -mfloor(-s * m + 0.5 + 1e-9) / m, rule,
    rule .. ": “" .. text .. "”属" .. range .. "，取档上限 " .. bi[4] .. " × " .. (fc[points] or F(points)) .. " = " .. (fc[hi] or F(hi))
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
  if b <= a then
    return finish(p, points, points, rule, rule .. ": 完成于 " .. date_text(B) .. "，不晚于期限 "
      .. date_text(A) .. "，按期完成，得满分 " .. F(points))
  end
  local top = ((p.bands or {}).failed or { 0.6, 0 })[1]
  return finish(p, top * points, points, rule, rule .. ": 完成于 " .. date_text(B) .. "，晚于期限 "
    .. date_text(A) .. "，未按期：按未达成档上限 " .. pct(top) .. " × " .. F(points) .. " = "
    .. F(round_k(compiled[p] or compile(p), top * points)))
end

-- 严格比较（<5%、>90%）恰好等于目标：没有达到目标（5 不小于 5）。按完成比例计分
-- （财预〔2020〕10号：未完成指标值的按完成值与指标值的比例记分；恰在边界时比例为 1），
-- 说明里写明未达到，不写“5 ≤ 5”。
function L.score_strict_edge(p, op, A, B, points, rule)
  local sym = op == "lt" and "<" or ">"
  local word = op == "lt" and "小于" or "大于"
  return finish(p, points, points, rule, rule .. ": " .. F(B) .. " 不" .. word .. " " .. F(A)
    .. "，未达到目标“" .. sym .. F(A) .. "”（恰在边界，偏差为 0，按公式仍得满分 " .. F(points) .. "）")
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
-- 变动率由本年数、上年数算出时（模板的“本年数：；上年数：”格子），说明里先写出算式。
-- 来源：部门整体绩效目标申报表（洛龙 2021、鲁山 2020）变动率 =（本年数−上年数）÷上年数×100%。
function L.change_note(actual_text, rate)
  local cur = actual_text:match("本年[^%d%-]*(%-?[%d%.]+)")
  local prev = actual_text:match("上年[^%d%-]*(%-?[%d%.]+)")
  if not cur or not prev then return "" end
  return "变动率 (" .. cur .. " − " .. prev .. ") ÷ " .. prev .. " × 100% = " .. F(rate) .. "%；"
end

local make_score_raw

local function make_score(p, K)
  local raw = make_score_raw(p, K)
  return function(kind, level1, level2, level3, tkind, op, target, target_max, unit,
                  implied, actual, actual_text, points, given, want_explain)
    local v, r, x = raw(kind, level1, level2, level3, tkind, op, target, target_max, unit,
                        implied, actual, actual_text, points, given, want_explain)
    if v ~= nil and want_explain ~= false and actual ~= nil and jx_contains(actual_text, "上年")
        and jx_contains(actual_text, "本年") then
      x = L.change_note(actual_text, actual) .. (x or "")
    end
    return v, r, x
  end
end

make_score_raw = function(p, K)
  local score_class, score_class_caches = K.score_class, K.score_class_caches
  return function(kind, level1, level2, level3, tkind, op, target, target_max, unit,
                  implied, actual, actual_text, points, given, want_explain)
    points = points or 0
    local ne = want_explain == false
    if unit == "日期" and target ~= nil then
      return L.score_deadline(p, target, actual, actual_text, points, given)
    end
    if tkind ~= "quantitative" then
      if tkind == "empty" then return nil, "指标值为空，无法打分" end
      if tkind == "placeholder" then return nil, "指标值为占位符，无法打分" end
      if tkind == "damaged" then return nil, "指标值残缺（疑似被截断），无法打分" end
      -- 定性、时间、文字类目标：按实际完成值的文字定档
      return L.score_qualitative(p, actual_text, points, given, nil, ne)
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
--
-- 每个审核项各自遍历指标、各自报告（顺序与写法同前）。每个指标的规范一级/二级名称、
-- 三级名称（trim 后）、名称分类（info，见 compile）由 prep(p, doc) 对每份文件只算一次，
-- 存在 doc 表上，所有审核项共用：
--   D.tables[i] = { tbl=, recs={...全部指标...}, n=, l1set={一级名称=true}, project=（非汇总行的项目表） }
--   D.each      = 逐指标审核用的指标（去掉与“年度”相同的“实施期”行，见 each_ind 的说明）
--   D.projects  = 非汇总行的项目表（projects(doc)）
--   每个指标 r = { ind=, tbl=, T=, name3=, info=, l1=, l2=, tk=（指标值类型）, th=（阈值表）, t=（第一个阈值）,
--                  pc=（项目表且二级含“成本”） }
--   另有按指标值类型分的子列表（见 prep）。新增审核项可以同样调用 p.lib.prep(p, doc)。
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

-- 表的标签（每份文件每表算一次）
local function label(r)
  local T = r.T or r
  local s = T.label
  if s == nil then s = L.table_label(T.tbl); T.label = s end
  return s
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

local PREP = {}   -- doc[PREP]：本文件的预处理结果

-- 每份文件的预处理（见本节开头）。预算10表把“实施期”和“年度”并排列出，两边完全相同
-- （同名同指标值）时逐指标的审核项只看“年度”那一行，免得同一问题报两遍（D.each 不含这些“实施期”行）。
-- 除 D.each 外还按指标值类型分好几个子列表（顺序同 D.each），审核项只遍历自己用得到的：
--   D.quant（定量）、D.qt（定性或时间）、D.bad（空、占位符、残缺）、D.th（有阈值）、D.flag（split 或 realigned）
local function prep(p, doc)
  local K = compiled[p] or compile(p)
  local D = doc[PREP]
  if D and D.K == K then return D end
  local info_get, info_cache = K.info, K.info_cache
  local hc = has_cost_cache
  local each, quant, qt, bad, withth, flag = {}, {}, {}, {}, {}, {}
  local ne, nq, nqt, nb, nth, nf = 0, 0, 0, 0, 0, 0
  local tables, projs = {}, {}
  local dtables = doc.tables or {}
  -- 汇总行编码（同 L.summary_codes，但只看与某个项目表编码等长的前缀：只有它们会被查到）
  local codes, lens, set = {}, {}, {}
  for ti = 1, #dtables do
    local o = dtables[ti]
    local c = o.kind == "project" and o.code or nil
    if c and c ~= "" then codes[#codes + 1] = c; lens[#c] = true end
  end
  for i = 1, #codes do
    local c = codes[i]
    for k in pairs(lens) do
      if k < #c then
        local pre = c:sub(1, k)
        if c:byte(k + 1) == 45 or not pre:find("-", 1, true) then set[pre] = true end   -- 45: "-"
      end
    end
  end
  for ti = 1, #dtables do
    local tbl = dtables[ti]
    local kind = tbl.kind
    local l1c, l2c = K.level1_cache(kind), K.level2_cache(kind)
    local project = kind == "project"
    local inds = tbl.indicators or {}
    local n = #inds
    local l1set = {}
    local T = { tbl = tbl, n = n, l1set = l1set }
    local recs = {}
    local year, impl = false, false
    for i = 1, n do
      local ind = inds[i]
      local x = ind.level3
      local name3 = trim_cache[x] or trim(x)
      local info = info_cache[name3] or info_get(name3)
      x = ind.level1
      local l1 = l1c[x] or K.level1_of(kind, x)
      x = ind.level2
      local l2 = l2c[x] or K.level2_of(kind, x)
      local target = ind.target
      local tk, th, t
      if target then
        tk, th = target.kind, target.thresholds
        t = th and th[1]
      end
      local pd = ind.period
      if pd == "年度" then year = true elseif pd == "实施期" then impl = true end
      recs[i] = { ind = ind, tbl = tbl, T = T, name3 = name3, info = info,
                  l1 = l1, l2 = l2, tk = tk, th = th, t = t,
                  pc = project and (hc[l2] or has_cost(l2)) }   -- 项目表、二级含“成本”
      l1set[l1] = true
    end
    T.recs = recs
    local yearly
    if year and impl then
      yearly = {}
      for i = 1, n do
        local r = recs[i]
        if r.ind.period == "年度" then
          yearly[r.name3 .. "\0" .. trim(r.ind.target and r.ind.target.raw)] = true
        end
      end
    end
    for i = 1, n do
      local r = recs[i]
      local ind = r.ind
      if not (yearly and ind.period == "实施期"
              and yearly[r.name3 .. "\0" .. trim(ind.target and ind.target.raw)]) then
        ne = ne + 1; each[ne] = r
        local tk = r.tk
        if tk == "quantitative" then nq = nq + 1; quant[nq] = r
        elseif tk == "qualitative" or tk == "time" then nqt = nqt + 1; qt[nqt] = r
        elseif tk == "empty" or tk == "placeholder" or tk == "damaged" then nb = nb + 1; bad[nb] = r end
        if r.t then nth = nth + 1; withth[nth] = r end
        if ind.split or ind.realigned then nf = nf + 1; flag[nf] = r end
      end
    end
    if kind == "project" and not (tbl.code and tbl.code ~= "" and set[tbl.code] == true) then
      T.project = true
      projs[#projs + 1] = T
    end
    tables[ti] = T
  end
  D = { K = K, each = each, quant = quant, qt = qt, bad = bad, th = withth, flag = flag,
        tables = tables, projects = projs }
  doc[PREP] = D
  return D
end
L.prep = prep

-- 成本类指标：二级含“成本”的项目指标，或三级含成本/费用/经费且单位为货币
local function is_cost_rec(K, r)
  if r.pc then return true end
  local t = r.t
  if t and K.money[t.unit] and r.info.cost then return true end
  return false
end

local function missing_level1(which)
  return function(p, doc, report)
    for _, T in ipairs(prep(p, doc).projects) do
      if not T.l1set[which] then
        report(T.tbl, nil, sformat("%s：没有%s%s", label(T), which,
          T.n == 0 and "（该项目没有任何绩效指标）" or ""))
      end
    end
  end
end

local C = {}

C["missing-level1"] = function(p, doc, report)
  for _, T in ipairs(prep(p, doc).tables) do
    if T.tbl.kind == "department" then
      for _, l1 in ipairs(p.framework.department or {}) do
        if not T.l1set[l1.name] then
          report(T.tbl, nil, sformat("%s：缺少一级指标“%s”", label(T), l1.name))
        end
      end
    end
  end
end

C["empty-target"] = function(p, doc, report)
  local list = prep(p, doc).bad
  for i = 1, #list do
    local r = list[i]
    if r.tk == "empty" then
      report(r.tbl, r.ind, sformat("%s：指标“%s”未填指标值", label(r), r.name3))
    end
  end
end

local placeholder_names = { "", "……", "…", "...", "/", "-", "—", "－" }

C["placeholder-target"] = function(p, doc, report)
  local list = prep(p, doc).bad
  for i = 1, #list do
    local r = list[i]
    if r.tk == "placeholder" then
      local ind = r.ind
      local name3 = r.name3
      if r.info.placeholder or name3 == trim(ind.target.raw) then
        -- 整行只是模板里的占位符（如“……”）
        report(r.tbl, ind, sformat("%s：该行只有占位符“%s”，既无指标名称也无指标值（模板空行，应删除或填写具体指标）",
          label(r), trim(ind.target.raw)))
      else
        report(r.tbl, ind, sformat("%s：%s只是占位符，未填写实际指标值", label(r), L.ind_label(ind)))
      end
    end
  end
end

-- 三级名称只是一段时间（“2020年10月至2021年9月”），不是指标名称
local function is_period_name(name3)
  return name3:find("%d%d%d%d年") ~= nil and (has(name3, "至") or has(name3, "—") or has(name3, "-"))
end

C["vague-target"] = function(p, doc, report)
  local list = prep(p, doc).qt
  for i = 1, #list do
    local r = list[i]
    local kind = r.tk
    if kind == "qualitative" or kind == "time" then
      local tbl, ind = r.tbl, r.ind
      local l2 = r.l2
      local name3 = r.name3
      if kind == "time" then
        -- 时效指标写“及时完成”“在规定时间内”不算；数量/质量指标只写时间词，等于没有数量、质量标准
        if l2 == "数量指标" or l2 == "质量指标" then
          report(tbl, ind, sformat("%s：%s属于%s，指标值只写了“及时/按时”一类的时间要求，没有可衡量的%s标准，应尽量量化（如 ≥95%%、差错率≤1%%）",
            label(r), L.ind_label(ind), l2, l2 == "数量指标" and "数量" or "质量"))
        end
      elseif l2 == "数量指标" or l2 == "质量指标" or r.info.rate_suffix then
        report(tbl, ind, sformat("%s：%s属于%s，指标值只写了定性词，应尽量量化（如 ≥95%%、≥100人次）",
          label(r), L.ind_label(ind), l2 ~= "" and l2 or "比率类指标"))
      elseif l2 == "时效指标" then
        report(tbl, ind, sformat("%s：%s属于时效指标，指标值“%s”没有给出完成时限或响应时间%s",
          label(r), L.ind_label(ind), trim(ind.target.raw),
          is_period_name(name3) and ("；三级指标名称“" .. name3 .. "”是实施期间，不是指标名称") or ""))
      end
    end
  end
end

C["unknown-qualitative"] = function(p, doc, report)
  local ok = ctx(p).target_ok
  local list = prep(p, doc).qt
  for i = 1, #list do
    local r = list[i]
    if r.tk == "qualitative" then
      local w = trim(r.ind.target.raw)
      if not ok[w] then
        report(r.tbl, r.ind, sformat("%s：%s的定性指标值“%s”不在常用词表中，请确认其含义可以考核",
          label(r), L.ind_label(r.ind), w))
      end
    end
  end
end

C["cost-vs-funds"] = function(p, doc, report)
  local tol = p.formulas.funds_tolerance or 0.005
  for _, T in ipairs(prep(p, doc).projects) do
    local tbl = T.tbl
    local total = tbl.funds and tbl.funds.total
    if total ~= nil then
      local costs, sum = {}, 0
      for _, r in ipairs(T.recs) do
        local t = r.t
        if t and t.unit == "万元" and t.value ~= nil then
          local upper = t.op == "le" or t.op == "lt"
          if r.pc or upper then   -- 项目表：二级含“成本”
            local amount = t.op == "range" and t.value_max or t.value
            costs[#costs + 1] = { ind = r.ind, amount = amount }
            sum = sum + amount
          end
        end
      end
      if #costs > 0 then
        local whole = #costs > 1 and math.abs(sum - total) <= tol + 1e-9
        for _, c in ipairs(costs) do
          if c.amount > total + tol + 1e-9 then
            report(tbl, c.ind, sformat("%s：%s金额 %s万元，高于项目资金总额 %s万元",
              label(T), L.ind_label(c.ind), F(c.amount), F(total)))
          elseif not whole and math.abs(c.amount - total) > tol + 1e-9 then
            report(tbl, c.ind, sformat("%s：%s金额 %s万元，与项目资金总额 %s万元 不一致",
              label(T), L.ind_label(c.ind), F(c.amount), F(total)))
          end
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
        report(tbl, nil, sformat("%s：资金总额 %s万元 ≠ 财政性资金 %s万元 + 其他资金 %s万元（相差 %s万元）",
          L.table_label(tbl), F(f.total), F(f.fiscal), F(f.other), F(f.total - f.fiscal - f.other)))
      end
    end
  end
end

C["funds-missing"] = function(p, doc, report)
  local K = ctx(p)
  -- 项目资金栏一个数字都没有（预算10表的“实施期资金总额/年度资金总额”空着）：每个项目报一次
  for _, T in ipairs(prep(p, doc).projects) do
    local tbl = T.tbl
    local f = tbl.funds or {}
    if f.total == nil and f.fiscal == nil and f.other == nil then
      local costs, seen = {}, {}
      for _, r in ipairs(T.recs) do
        local t = r.t
        if t and K.money[t.unit] and t.value ~= nil and (is_cost_rec(K, r) or t.op == "le" or t.op == "lt") then
          local a = F(t.value) .. t.unit
          if not seen[a] then seen[a] = true; costs[#costs + 1] = a end
        end
      end
      local fields = tbl.layout == "form" and "实施期资金总额、年度资金总额（及其中财政拨款、其他资金）"
        or "资金总额、财政性资金、其他资金"
      report(tbl, nil, sformat("%s：项目资金未填写：%s均为空%s", label(T), fields,
        #costs > 0 and ("，无法核对成本指标（" .. concat(costs, "、") .. "）与资金是否一致") or ""))
    end
  end
  for _, tbl in ipairs(doc.tables or {}) do
    local f = tbl.funds
    if f then
      local miss
      if f.total ~= nil then
        if f.fiscal == nil then miss = { "财政性资金" } end
        if f.other == nil then miss = miss or {}; miss[#miss + 1] = "其他资金" end
      elseif f.fiscal ~= nil or f.other ~= nil then
        miss = { "资金总额" }
      end
      if miss then
        report(tbl, nil, sformat("%s：%s未填写（资金总额 %s、财政性资金 %s、其他资金 %s）",
          L.table_label(tbl), concat(miss, "、"), fmt_num(f.total), fmt_num(f.fiscal), fmt_num(f.other)))
      end
    end
  end
end

C["projects-vs-spending"] = function(p, doc, report)
  local spend = doc.project_spending
  if spend == nil then return end
  local list = prep(p, doc).projects
  if #list == 0 then return end
  local sum = 0
  for _, T in ipairs(list) do
    local tbl = T.tbl
    if not tbl.funds or tbl.funds.total == nil then return end   -- 有项目缺资金总额时不比较
    sum = sum + tbl.funds.total
  end
  local tl = p.formulas.spending_tolerance or {}
  local tol = math.max(tl.abs or 0.01, (tl.rel or 0) * math.abs(spend))
  if math.abs(sum - spend) > tol + 1e-9 then
    report(nil, nil, sformat("%d 个项目的资金总额合计 %s万元，与部门预算中的项目支出 %s万元 不一致（相差 %s万元）",
      #list, F(jx_round(sum, 2)), F(spend), F(jx_round(math.abs(sum - spend), 2))))
  end
end

C["unit-mismatch"] = function(p, doc, report)
  local money = ctx(p).money
  local list = prep(p, doc).th
  for i = 1, #list do
    local r = list[i]
    local th = r.th
    if th and th[1] then
      local info = r.info
      for j = 1, #th do
        local t = th[j]
        local u = t.unit or ""
        local msg
        if (info.rate or info.satisfaction_du) and u ~= "" and u ~= "%" then
          msg = "是比率/满意度指标，指标值单位却是“" .. u .. "”（应为 %）"
        elseif info.count and money[u] then
          msg = "是计数指标，指标值单位却是“" .. u .. "”"
        elseif r.pc and not info.rate
               and u ~= "" and u ~= "%" and not money[u] then
          msg = "是成本指标，指标值单位却是“" .. u .. "”（应为金额，如万元）"
        end
        if msg then
          report(r.tbl, r.ind, sformat("%s：%s%s", label(r), L.ind_label(r.ind), msg))
          break
        end
      end
    end
  end
end

C["cost-lower-bound"] = function(p, doc, report)
  local K = ctx(p)
  local list = prep(p, doc).th
  for i = 1, #list do
    local r = list[i]
    local t = r.t
    local info = r.info
    if t and (t.op == "ge" or t.op == "gt") and not info.saving then   -- 节约率越高越好
      local change = info.change
      local cost = is_cost_rec(K, r) and not (info.rate and not change)
      if change or cost then
        report(r.tbl, r.ind, sformat("%s：%s是%s，指标值应写成上限（≤ 或 <），而不是下限",
          label(r), L.ind_label(r.ind), change and "变动率指标" or "成本指标"))
      end
    end
  end
end

C["rate-over-100"] = function(p, doc, report)
  local list = prep(p, doc).th
  for i = 1, #list do
    local r = list[i]
    local info = r.info
    if info.rate and not info.growth and r.th then
      local th = r.th
      for j = 1, #th do
        local t = th[j]
        local v = math.max(t.value or 0, t.value_max or 0)
        if t.unit == "%" and v > 100 then
          report(r.tbl, r.ind, sformat("%s：%s比率超过 100%%（%s%%）", label(r), L.ind_label(r.ind), F(v)))
          break
        end
      end
    end
  end
end

C["implied-operator"] = function(p, doc, report)
  local list = prep(p, doc).quant
  for i = 1, #list do
    local r = list[i]
    if r.tk == "quantitative" and r.th then
      local th = r.th
      for j = 1, #th do
        local t = th[j]
        -- 100% 的比率方向自明，不提示
        -- “5*8小时”“7*24小时”是服务时段，名称已写明方向（“控制在预算范围内”）的也不提示
        if t.implied and not (t.unit == "%" and t.value == 100) and not r.info.operator_named
           and not (t.product == true or has_star(trim(r.ind.target.raw))) then
          local upper = L.implied_upper(p, r.tbl.kind, r.l2, r.name3, t.unit)
          report(r.tbl, r.ind, sformat("%s：%s未写比较符（≥ ≤ =），打分时按%s处理",
            label(r), L.ind_label(r.ind), upper and "上限（≤）" or "下限（≥）"))
          break
        end
      end
    end
  end
end

-- 名称去掉末尾 1–2 个字后的前缀（至少 8 个字）：damaged-target 用
local truncations = memo(function(m)
  local ml = utf8_len(m)
  local list = {}
  if ml then
    for k = 1, 2 do
      if ml - k >= 8 then list[#list + 1] = m:sub(1, utf8_offset(m, -k) - 1) end
    end
  end
  return list
end)

C["damaged-target"] = function(p, doc, report)
  -- 同一文件中的全部三级名称：某名称（至少 8 个字）恰是另一名称去掉末尾 1–2 个字，疑似在页边被截断
  -- （如“通过该项目保障代缴费工作正常开”之于“……正常开展”）
  local D = prep(p, doc)
  local each = D.each
  local names = {}
  for i = 1, #each do
    local r = each[i]
    local n = r.name3
    if n ~= "" and names[n] == nil then names[n] = r.ind.line or r.tbl.line or 0 end
  end
  -- 截断名 -> 最早出现（行号最小，同行取字典序最小）的完整名称
  local best, bline
  for m, line in pairs(names) do
    for _, n in ipairs(truncations(m)) do
      if names[n] ~= nil then
        best, bline = best or {}, bline or {}
        local b = best[n]
        if b == nil or line < bline[n] or (line == bline[n] and m < b) then best[n], bline[n] = m, line end
      end
    end
  end
  -- 没有截断的名称时只需看指标值残缺的行（D.bad）
  local list = best and each or D.bad
  for i = 1, #list do
    local r = list[i]
    local ind = r.ind
    if r.tk == "damaged" then
      report(r.tbl, ind, sformat("%s：%s残缺：%s", label(r), L.ind_label(ind),
        ind.target.damage or "疑似在页边被截断"))
    end
    local m = best and best[r.name3]
    if m then
      report(r.tbl, ind, sformat("%s：指标名称“%s”残缺，疑似在页边被截断（同一文件第 %d 行有“%s”）",
        label(r), r.name3, bline[r.name3], m))
    end
  end
end

-- 同一单元格拆出的指标（同表、同行、同期间、都带 split）合成一条
C["split-cell"] = function(p, doc, report)
  local done = {}
  local list = prep(p, doc).flag
  for i = 1, #list do
    local r = list[i]
    local tbl, ind = r.tbl, r.ind
    if ind.split then
      local key = tostring(tbl) .. "\0" .. tostring(ind.line) .. "\0" .. (ind.period or "")
      if not done[key] then
        done[key] = true
        local names = {}
        for _, o in ipairs(tbl.indicators or {}) do
          if o.split and o.line == ind.line and (o.period or "") == (ind.period or "") then
            names[#names + 1] = "“" .. trim(o.level3) .. "”"
          end
        end
        if #names >= 2 then
          report(tbl, ind, sformat("%s：指标%s写在同一单元格中，应分成%s行", label(r),
            concat(names, "和"), #names == 2 and "两" or tostring(#names)))
        else
          report(tbl, ind, sformat("%s：%s与另一指标写在同一单元格中，应分成两行%s",
            label(r), L.ind_label(ind), ind.note and ("（" .. ind.note .. "）") or ""))
        end
      end
    end
  end
end

-- 规则包 frame 写的归位说明都含“移入“/“归入“/“补为“；解析器的对齐说明用「」引名称
local function is_frame_note(msg)
  return has(msg, "移入“") or has(msg, "归入“") or has(msg, "补为“")
end

C["realigned"] = function(p, doc, report)
  local list = prep(p, doc).flag
  for i = 1, #list do
    local r = list[i]
    local tbl, ind = r.tbl, r.ind
    if ind.realigned then
      local name3 = r.name3
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
      local where = "“" .. (r.l1 or "?") .. " / " .. (r.l2 or "?") .. "”"
      local msg
      if #moved > 0 then
        msg = "放错了位置：" .. concat(moved, "；")
        if #cells > 0 then msg = msg .. "；该行单元格也有错位，解析时已对齐：" .. concat(cells, "；") end
      elseif #cells > 0 then
        local c = concat(cells, "；")
        msg = (has(c, "单元格错位") and "：" or "所在行单元格错位：") .. c .. "（现归在" .. where .. "下，请对照原表核实）"
      else
        msg = "位置已调整，现归在" .. where .. "下"
      end
      report(tbl, ind, sformat("%s：%s%s", label(r), L.ind_label(ind), msg))
    end
  end
end

C["duplicate-indicator"] = function(p, doc, report)
  for _, T in ipairs(prep(p, doc).tables) do
    -- 按（期间, 名称）分组；只为重复出现的组建列表，报告顺序按组的第一次出现
    local first, groups, byfirst = {}, nil, nil
    for i, r in ipairs(T.recs) do
      local name3 = r.name3
      if name3 ~= "" and not r.info.placeholder then
        local pk = r.ind.period or ""
        local byname = first[pk]
        if not byname then byname = {}; first[pk] = byname end
        local f = byname[name3]
        if f == nil then
          byname[name3] = i
        else
          groups, byfirst = groups or {}, byfirst or {}
          local g = byfirst[f]
          if not g then g = { f, T.recs[f] }; byfirst[f] = g; groups[#groups + 1] = g end
          g[#g + 1] = r
        end
      end
    end
    if groups then
      table.sort(groups, function(a, b) return a[1] < b[1] end)
      for _, g in ipairs(groups) do
        local where = {}
        for k = 2, #g do
          local ind = g[k].ind
          where[#where + 1] = sformat("第 %s 行%s%s", tostring(ind.line or "?"), g[k].l1 or "",
            trim(ind.target and ind.target.raw) ~= "" and (" " .. trim(ind.target.raw)) or "")
        end
        local g1 = g[2].ind
        report(T.tbl, g[3].ind, sformat("%s：指标“%s”重复出现 %d 次%s：%s", label(T), trim(g1.level3), #g - 1,
          g1.period and ("（" .. g1.period .. "）") or "", concat(where, "；")))
      end
    end
  end
end

C["parser-note"] = function(p, doc, report)
  local covered = ctx(p).covered
  for _, n in ipairs(doc.notes or {}) do
    if not covered[n.code or ""] then
      report(nil, nil, "解析提示（" .. tostring(n.code or "?") .. "）：" .. tostring(n.message or ""), n.line)
    end
  end
end

-- 满意度指标：只算名称含“满意”的指标；满意度栏里只有别的内容时，说明填了什么
C["missing-satisfaction"] = function(p, doc, report)
  for _, T in ipairs(prep(p, doc).projects) do
    local real, other = 0, {}
    for _, r in ipairs(T.recs) do
      if r.l1 == "满意度指标" then
        if r.info.satisfaction then real = real + 1
        else
          local lab = "“" .. r.name3 .. "”"
          if not in_list(lab, other) then other[#other + 1] = lab end
        end
      end
    end
    if real == 0 then
      local why = ""
      if T.n == 0 then why = "（该项目没有任何绩效指标）"
      elseif #other > 0 then why = "（满意度指标栏只填了" .. concat(other, "、") .. "，不是满意度指标）" end
      report(T.tbl, nil, sformat("%s：没有满意度指标%s", label(T), why))
    end
  end
end

-- 指标放在了不属于它的位置（不移动，只报告）：
--   项目：满意度指标下名称不含“满意”的指标（如“政策知晓率”“培训持续影响度”，属效益指标）；
--         项目没有任何真正的满意度指标时由 missing-satisfaction 报告，这里不重复。
--   部门整体：三级名称是框架中另一个二级的标准三级指标（framework.department 的 names）。
C["misplaced-indicator"] = function(p, doc, report)
  local K = ctx(p)
  local D = prep(p, doc)
  local has_real = {}
  for _, T in ipairs(D.tables) do
    for _, r in ipairs(T.recs) do
      if r.l1 == "满意度指标" and r.info.satisfaction then has_real[T.tbl] = true; break end
    end
  end
  local each = D.each
  local spkind, spc = nil, nil
  for i = 1, #each do
    local r = each[i]
    local name3 = r.name3
    if name3 ~= "" and not r.info.placeholder then
      local tbl, ind = r.tbl, r.ind
      local l1, l2 = r.l1, r.l2
      if tbl.kind == "project" and l1 == "满意度指标" and has_real[tbl] and not r.info.satisfaction then
        local benefit = L.find_level1(p, "project", "效益指标")
        local il2 = benefit and L.infer_level2(p, "project", benefit, name3, nil)
        report(tbl, ind, sformat("%s：%s列在满意度指标下，但不是满意度指标（应归入“效益指标%s”）",
          label(r), L.ind_label(ind), il2 and (" / " .. il2.name) or ""))
      else
        if tbl.kind ~= spkind then spkind, spc = tbl.kind, K.standard_place_cache(tbl.kind) end
        local e = spc[name3]
        if e == nil then e = K.standard_place(tbl.kind, name3) end
        if e and (l1 ~= e[2].name or l2 ~= e[1].name) then
          report(tbl, ind, sformat("%s：%s是“%s / %s”下的标准三级指标，却列在“%s / %s”下（疑似分页处丢了合并单元格；打分仍按表中位置）",
            label(r), L.ind_label(ind), e[2].name, e[1].name, l1 or "?", l2 or "?"))
        end
      end
    end
  end
end

-- 正向比率写成上限：≤100%（或 <、≤ 更大的数）任何结果都满足，不构成目标
C["rate-upper-bound"] = function(p, doc, report)
  local list = prep(p, doc).th
  for i = 1, #list do
    local r = list[i]
    local info = r.info
    if r.th and not info.growth and not info.change then
      local th = r.th
      for j = 1, #th do
        local t = th[j]
        if t.unit == "%" and t.value ~= nil and ((t.op == "le" and t.value >= 100) or (t.op == "lt" and t.value > 100)) then
          report(r.tbl, r.ind, sformat("%s：%s写成上限（%s%s%%），比率不会超过 100%%，任何完成情况都满足，不构成考核目标；应写成下限（如 ≥95%%）或 =100%%",
            label(r), L.ind_label(r.ind), t.op == "le" and "≤" or "<", F(t.value)))
          break
        end
      end
    end
  end
end

-- 数量指标写成上限：完成 0 也算达到（投诉、事故、差错一类越少越好的除外）
C["count-upper-bound"] = function(p, doc, report)
  local count_unit = ctx(p).count_unit
  local list = prep(p, doc).th
  for i = 1, #list do
    local r = list[i]
    local t = r.t
    local info = r.info
    if t and (t.op == "le" or t.op == "lt") and count_unit[t.unit]
       and not info.negative_count and not info.cost
       and (r.l2 == "数量指标" or info.count) then
      report(r.tbl, r.ind, sformat("%s：%s是数量指标，指标值写成上限（%s），完成数为 0 也算达到；产出数量应写成下限（≥）或确数（=）",
        label(r), L.ind_label(r.ind), trim(t.text or r.ind.target.raw)))
    end
  end
end

-- 只减不增的变动率（“三公经费”、厉行节约）目标为正数
C["change-rate-increase"] = function(p, doc, report)
  local list = prep(p, doc).th
  for i = 1, #list do
    local r = list[i]
    local t = r.t
    if r.info.change and t and t.value ~= nil then
      local tbl, ind, name3 = r.tbl, r.ind, r.name3
      for _, rule in ipairs(p.formulas.no_increase or {}) do
        if has(name3, rule.match) then
          local v = math.max(t.value, t.value_max or t.value)
          local limit = rule.limit or 0
          if v > limit + 1e-9 then
            local extra = ""
            local st = L.find_step(p, tbl.kind, name3)
            if st then
              local sc = L.score_step(p, st, v, v, 100)
              extra = sformat("；按本包扣分规则（超过 %s 每个百分点扣分值的 %s%%），实际恰好达到该目标%s",
                F(st.limit or 0), F((st.share or 0.1) * 100),
                sc <= 0 and "也得 0 分" or ("也只得分值的 " .. F(sc) .. "%"))
            end
            report(tbl, ind, sformat("%s：%s目标为比上年增加 %s%%；%s应只减不增，目标应为 ≤%s%s",
              label(r), L.ind_label(ind), F(v), rule.what or rule.match, F(limit), extra))
          end
          break
        end
      end
    end
  end
end

C["missing-output"] = missing_level1("产出指标")
C["missing-benefit"] = missing_level1("效益指标")

L.check_impl = C



---------------------------------------------------------------------------
-- 11. compile 与 bind
---------------------------------------------------------------------------

-- 规则包的查找表与记忆缓存（只依赖包数据；bind 时重建，所以子包改了数据再 bind 即生效）
compile = function(p)
  local K = {}
  compiled[p] = K
  local f = p.formulas or {}

  K.find_level1 = memo2(function(kind, name)        -- -> 框架项或 false
    name = clean_name(name)
    if name == "" then return false end
    for _, l1 in ipairs(p.framework[kind] or {}) do
      if l1.name == name or in_list(name, l1.aliases) then return l1 end
    end
    return false
  end)
  K.find_level2 = memo2(function(kind, name)        -- -> { 二级, 一级 } 或 false
    name = clean_name(name)
    if name == "" then return false end
    for _, l1 in ipairs(p.framework[kind] or {}) do
      for _, l2 in ipairs(l1.level2 or {}) do
        if l2.name == name or in_list(name, l2.aliases) then return { l2, l1 } end
      end
    end
    return false
  end)
  -- 审核用：表中写的一级/二级名称 -> 规范名称（框架外的名称去掉“（50分）”原样保留；空为 ""）
  K.level1_of, K.level1_cache = memo2(function(kind, name)
    local l1 = K.find_level1(kind, name)
    return l1 and l1.name or clean_name(name)
  end)
  K.level2_of, K.level2_cache = memo2(function(kind, name)
    local e = K.find_level2(kind, name)
    return e and e[1].name or clean_name(name)
  end)
  K.standard_place, K.standard_place_cache = memo2(function(kind, level3)   -- -> { 二级, 一级 } 或 false
    local l2, l1 = standard_place_raw(p, kind, level3)
    return l2 and { l2, l1 } or false
  end)
  K.ordered = {}                                      -- infer_level2 的候选顺序
  K.find_step = memo2(function(kind, name3) return find_step_raw(p, kind, name3) or false end)
  K.find_tiers = memo2(function(kind, name3) return find_tiers_raw(p, kind, name3) or false end)
  K.band, K.band_cache = memo(function(text) return band_of_raw(p, text) or false end)
  K.m = 10 ^ (p.round or 2)                           -- round_k：jx.round(x, p.round or 2)
  -- score 用：三级名称（原文）-> { name3=, step=, tiers=, change= }
  local score_class_of
  K.score_class, score_class_of = memo2(function(kind, level3)
    local name3 = trim(level3)
    return { name3 = name3, step = K.find_step(kind, name3), tiers = K.find_tiers(kind, name3),
             change = K.info(name3).change }
  end)
  K.score_class_caches = { project = score_class_of("project"), department = score_class_of("department") }
  K.bandinfo = {}

  -- 三级名称（trim 后）的分类，审核与打分共用
  local placeholder = set_of(placeholder_names)
  K.info, K.info_cache = memo(function(name3)
    return {
      change = has_any(name3, f.change_rate),            -- 变动率
      cost = has_any(name3, f.cost_words),               -- 成本/费用/经费
      count = has_any(name3, f.count_words),             -- 计数
      growth = has_any(name3, f.growth_words),           -- 增长率等
      saving = has_any(name3, f.saving_words),           -- 节约率等
      negative_count = has_any(name3, f.negative_count_words),
      operator_named = has_any(name3, f.operator_name_words),
      satisfaction = has_any(name3, f.satisfaction_words or { "满意" }),
      rate = has(name3, "率"),
      satisfaction_du = has(name3, "满意度"),
      rate_suffix = name3:find("率$") ~= nil and not has(name3, "满意"),
      placeholder = placeholder[name3] == true,
    }
  end)

  K.money = set_of(f.money_units)
  K.count_unit = set_of(f.count_units)
  K.target_ok = set_of(p.target_words)
  for _, w in ipairs((p.vocabulary or {}).achieved or {}) do K.target_ok[w] = true end
  K.covered = {}
  for _, c in ipairs(p.checks or {}) do if c.code ~= "parser-note" then K.covered[c.code] = true end end
  for _, code in ipairs(f.covered_notes or {}) do K.covered[code] = true end
  K.score_fn = make_score(p, K)
  return K
end

---------------------------------------------------------------------------
-- bind：把宿主调用的函数绑定到某个规则包表上
--   所有函数通过 p.lib 查找实现，所以子包可以替换 p.lib.score 等再 bind。
--   bind 同时重建本包的查找表（compile），所以必须在改完数据之后调用。
---------------------------------------------------------------------------
P.lib = L

function P.bind(p)
  -- weights 与框架中的分值保持一致（子包直接改 l1.points 的旧写法也一样）
  if type(p.weights) == "table" and type(p.framework) == "table" then
    for kind, list in pairs(p.framework) do
      local w = p.weights[kind]
      if type(w) == "table" then
        for _, l1 in ipairs(list) do w[l1.name] = l1.points end
      end
    end
  end
  compile(p)
  p.frame = function(...) return p.lib.frame(p, ...) end
  p.points = function(...) return p.lib.points(p, ...) end
  if p.lib.score == L.score then
    p.score = compiled[p].score_fn
  else
    p.score = function(...) return p.lib.score(p, ...) end
  end
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
