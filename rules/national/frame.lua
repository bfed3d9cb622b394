-- national/frame.lua：指标框架归位（frame）与分值（points）。
-- 宿主对每个指标调用 frame(kind, 一级, 二级, 三级, 单位, 指标值类型) 得到规范的一级/二级名称，
-- 再调用 points 得到分值。框架数据（一级、二级、关键词、单位）在 framework.lua，分值在 data.lua 的 weights。

local U = require("common")
local L = U.lib
local ctx, trim, clean_name = U.ctx, U.trim, U.clean_name
local has, in_list, ends_with = U.has, U.in_list, U.ends_with

local internal = {}   -- 给 compile.lua 用的内部函数


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

-- 二级名称在给定一级之下的框架项（一级自己的二级优先，如成本指标一级下的“经济成本指标”）
local function level2_in(p, kind, l1, name)
  if l1 and name then
    local n = clean_name(name)
    for _, l2 in ipairs(l1.level2 or {}) do
      if l2.name == n or in_list(n, l2.aliases) then return l2, l1 end
    end
  end
  return L.find_level2(p, kind, name)
end

-- 表上按较早框架写的一级/二级组合（framework.lua 的 kept_as_printed）：返回该项或 nil
function L.kept_as_printed(p, kind, l1name, l2name)
  if not l1name or not l2name then return nil end
  for _, e in ipairs(((p.kept_as_printed or {})[kind]) or {}) do
    if e.level1 == l1name and e.level2 == l2name then return e end
  end
  return nil
end

-- 计分归属：这一行分享哪个一级的分值（宿主按它分配分值，审核按它判断缺不缺某类指标）。
-- 框架外的一级返回 nil（宿主按表上的一级）。
function L.points_group(p, kind, level1, level2)
  local l1 = L.find_level1(p, kind, level1)
  if not l1 then return nil end
  local l2 = level2_in(p, kind, l1, level2)
  local kept = l2 and L.kept_as_printed(p, kind, l1.name, l2.name)
  if kept and kept.points_of then return kept.points_of end
  return l1.points_of or l1.name
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
  -- 一级写了框架之外的名称（广东的“预算使用效益”等另一套框架）时按表保留，不按三级名称移动
  local foreign = level1 and clean_name(level1) ~= "" and not L.find_level1(p, kind, level1) and
      not (l2 and L.find_level2(p, kind, level2))
  local owner = not foreign and not L.kept_as_printed(p, kind, l1, l2) and L.name_owner(p, kind, level3)
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
  local l2, owner = level2_in(p, kind, l1, level2)
  local name3 = trim(level3)
  local out1 = l1 and l1.name or (level1 and clean_name(level1) ~= "" and clean_name(level1)) or nil
  local out2 = l2 and l2.name or (level2 and clean_name(level2) ~= "" and clean_name(level2)) or nil

  if l2 then
    if l1 and owner ~= l1 and L.kept_as_printed(p, kind, l1.name, l2.name) then
      return l1.name, l2.name, nil, nil    -- 较早框架的写法，按表保留
    end
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
-- 分值 points
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
-- 分值按表（宿主的表入口，docs/rules.md 3.2 第 2 项）
--
-- 宿主对每个引擎调用一次 p.lib.points_table(p, points, points_group)；points、points_group 是宿主
-- 逐个调用的那两个函数。points 仍是 bind 为本包生成的那个时返回 groups, run，否则（子包在 bind 之后
-- 替换了 p.points）返回 nil，宿主照旧逐个调用 points。两个函数的结果与逐个调用时完全相同：
-- p.lib.points / p.lib.points_group 被替换时，它们改为逐个调用宿主给的函数。
---------------------------------------------------------------------------
local GROUP_MAX = 4096
local NIL = {}   -- 缓存的键：一级或二级为 nil

function L.points_table(p, points, points_group)
  local K = U.compiled[p]
  if K == nil or not rawequal(points, K.points_bound) then return nil end
  local own_group = points_group ~= nil and rawequal(points_group, K.points_group_bound)

  -- 计分归属、一级分值只依赖规则包数据（bind 之后不再改）：按（表类型, 一级[, 二级]）记在 K 上，
  -- 各表、各文件共用；条目有上限，满了清空重来
  local function cache(name, kind)
    local C = K[name]
    if C == nil or C.n >= GROUP_MAX then C = { n = 0 }; K[name] = C end
    local c = C[kind]
    if c == nil then c = {}; C[kind] = c end
    return c, C
  end

  -- G[j] = points_group(kind, L1[j], L2[j])，j = 1..m（表中不同的（一级, 二级）组合）
  local function groups(kind, m, L1, L2, G)
    if not own_group or p.lib.points_group ~= L.points_group then
      for j = 1, m do G[j] = points_group(kind, L1[j], L2[j]) end
      return
    end
    local c, C = cache("points_groups", kind)
    local points_group_of = L.points_group
    for j = 1, m do
      local l1, l2 = L1[j], L2[j]
      local k1, k2 = l1, l2
      if k1 == nil then k1 = NIL end
      if k2 == nil then k2 = NIL end
      local by2 = c[k1]
      if by2 == nil then by2 = {}; c[k1] = by2 end
      local g = by2[k2]
      if g == nil then
        g = points_group_of(p, kind, l1, l2) or false
        by2[k2] = g
        C.n = C.n + 1
      end
      G[j] = g or nil
    end
  end

  -- P[j] = points(kind, GN[j], I[j], N1[j], n)，j = 1..m（表中要由规则包给分值的指标，按行的顺序）
  local function run(kind, m, GN, I, N1, n, P)
    if p.lib.points ~= L.points then
      for j = 1, m do P[j] = points(kind, GN[j], I[j], N1[j], n) end
      return
    end
    -- L.points：一级分值（L.level1_points）平均分给本一级的 n1 个指标
    local c, C = cache("points_totals", kind)
    local level1_points = L.level1_points
    for j = 1, m do
      local g, n1 = GN[j], N1[j]
      local total = c[g]
      if total == nil then
        total = level1_points(p, kind, g)
        if total == nil then total = false end
        c[g] = total
        C.n = C.n + 1
      end
      if total == false or (n1 or 0) <= 0 then P[j] = 0 else P[j] = total / n1 end
    end
  end
  return groups, run
end

internal.standard_place_raw = standard_place_raw

return internal
