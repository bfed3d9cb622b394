-- national/checks_impl.lua：审核项的实现（审核项清单、severity 与审核用词表在 checks.lua）。
-- checks.lua 中每个审核项的 impl 是下面 C 表中的键；bind 把它包装成宿主调用的 run(doc, report)。
--
-- 每个审核项各自遍历指标、各自报告（顺序与写法同前）。本包的审核项读宿主按列给的指标（doc._rows），
-- 共用 prep_rows(p, doc) 的结果（见下文 prep_rows 的说明）：不为每个指标建表。
--
-- 以前的按记录的预处理 prep(p, doc) 照旧保留给别的包的审核项（它读 doc.tables）：每个指标的规范一级/二级名称、
-- 三级名称（trim 后）、名称分类（info，见 compile）对每份文件只算一次，存在 doc 表上：
--   D.tables[i] = { tbl=, recs={...全部指标...}, n=, l1set={一级名称=true}, project=（非汇总行的项目表） }
--   D.each      = 逐指标审核用的指标（去掉与“年度”相同的“实施期”行，见 each_ind 的说明）
--   D.projects  = 非汇总行的项目表（projects(doc)）
--   每个指标 r = { ind=, tbl=, T=, name3=, info=, l1=, l2=, tk=（指标值类型）, th=（阈值表）, t=（第一个阈值）,
--                  pc=（项目表且二级含“成本”） }
--   另有按指标值类型分的子列表（见 prep）。新增审核项可以同样调用 p.lib.prep(p, doc)。

local U = require("common")
local L = U.lib
local compiled, ctx, memo = U.compiled, U.ctx, U.memo
local function compile(p) return U.compile(p) end
local trim, trim_cache, has, in_list = U.trim, U.trim_cache, U.has, U.in_list
local F, has_cost, has_cost_cache, has_star = U.F, U.has_cost, U.has_cost_cache, U.has_star
local jx_round = jx.round
local sformat = string.format
local concat = table.concat
local utf8_len, utf8_offset = utf8.len, utf8.offset
local NONE = {}

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

-- 计分归属（L.points_group，只依赖规则包数据）按（表类型, 一级, 二级）记在本包的查找表 K 上，
-- 各文件共用：同样的一级/二级名称在每份文件里反复出现。条目有上限，满了清空重来。
local GROUP_MAX = 4096
-- 汇总行编码（同 L.summary_codes，但只看与某个项目表编码等长的前缀：只有它们会被查到）；prep 与 prep_rows 用
local function summary_prefixes(dtables)
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
  return set
end

local function group_cache(K, kind)
  local G = K.check_groups
  if G == nil or G.n >= GROUP_MAX then G = { n = 0 }; K.check_groups = G end
  local c = G[kind]
  if c == nil then c = {}; G[kind] = c end
  return c, G
end

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
  local set = summary_prefixes(dtables)
  for ti = 1, #dtables do
    local tbl = dtables[ti]
    local kind = tbl.kind
    local l1c, l2c = K.level1_cache(kind), K.level2_cache(kind)
    local project = kind == "project"
    local inds = tbl.indicators or {}
    local n = #inds
    local l1set = {}
    local gcache, G = group_cache(K, kind)
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
      -- 计分归属（成本指标一级归产出、效益下的满意度二级归满意度）：“有没有某类指标”按它判断
      local by2 = gcache[l1]
      if by2 == nil then by2 = {}; gcache[l1] = by2 end
      local g = by2[l2]
      if g == nil then
        g = L.points_group(p, kind, l1, l2) or l1
        by2[l2] = g
        G.n = G.n + 1
      end
      recs[i] = { ind = ind, tbl = tbl, T = T, name3 = name3, info = info,
                  l1 = l1, l2 = l2, g = g, tk = tk, th = th, t = t,
                  pc = project and (hc[l2] or has_cost(l2)) }   -- 项目表、二级含“成本”
      l1set[l1] = true
      l1set[g] = true
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
    if kind == "project" and not L.is_summary_row(doc, tbl, set) then
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

-- ---- 按列的预处理（national 自己的审核项用）----
-- 宿主把文档的指标按列交给审核项（doc._rows，docs/rules.md 3.3）：第 k 行（各表依次、表内按顺序）的
-- cls（行类：表类型与一级/二级/三级名称，classes[cls] = {kind, level1, level2, level3}）、
-- period/tk/raw/damage/line/flags/note/tn/t0，第 j 个阈值的 op/value/value_max/unit/implied/product/text。
-- 读列不必为每个指标建表（tbl.indicators 在第一次读到时才建）。每个行类的规范名称与分类（row_facts）
-- 按行类号记在本包的 K.row_facts 上，各文件共用（classes 换了新表就重来）；结果按列（D.name3[k] 等）。
-- 文档在它之前被别的审核项读过或改过指标（tbl.indicators 已建、doc.tables 或表类型被换掉）时，
-- 改从 doc.tables 现读现抄成同样的列，结果与 prep 相同。
local PREP_ROWS = {}

local function class_key(kind, x1, x2, x3)
  local function enc(x) if x == nil then return "-" end return #x .. ":" .. x end
  return tostring(kind) .. "|" .. enc(x1) .. enc(x2) .. enc(x3)
end

-- 从 doc.tables 抄出与 doc._rows 同样的列（D.ref[k] 是指标表本身，report 用）
local function rows_of(dtables)
  local S = { cls = {}, classes = {}, period = {}, tk = {}, raw = {}, damage = {}, line = {},
              flags = {}, note = {}, tn = {}, t0 = {}, tb = {}, op = {}, value = {}, value_max = {}, unit = {},
              implied = {}, product = {}, text = {}, cnt = {}, yi = {}, ref = {},
              qt = {}, bad = {}, flag = {}, le = {}, imp = {}, wan = {} }
  local by, nc = {}, 0
  local function add(list, k) list[#list + 1] = k end
  local k, j = 0, 0
  for ti = 1, #dtables do
    local tbl = dtables[ti]
    local kind = tbl.kind
    local inds = tbl.indicators or {}
    local n = #inds
    S.cnt[ti] = n
    local year, impl = false, false
    for i = 1, n do
      local ind = inds[i]
      k = k + 1
      S.ref[k] = ind
      local pd = ind.period
      if pd == "年度" then year = true elseif pd == "实施期" then impl = true end
      local x1, x2, x3 = ind.level1, ind.level2, ind.level3
      local key = class_key(kind, x1, x2, x3)
      local id = by[key]
      if id == nil then nc = nc + 1; id = nc; by[key] = id; S.classes[id] = { kind, x1, x2, x3 } end
      S.cls[k], S.period[k] = id, ind.period
      S.line[k], S.note[k] = ind.line, ind.note
      S.flags[k] = (ind.split and 1 or 0) + (ind.realigned and 2 or 0)
      if S.flags[k] ~= 0 then add(S.flag, k) end
      local target = ind.target
      if target then
        S.tk[k], S.raw[k], S.damage[k] = target.kind, target.raw, target.damage
        local tk = target.kind
        if tk == "qualitative" or tk == "time" then add(S.qt, k)
        elseif tk == "empty" or tk == "placeholder" or tk == "damaged" then add(S.bad, k) end
        local th = target.thresholds
        if th and th[1] then
          S.tn[k], S.t0[k] = #th, j + 1
          local t1 = th[1]
          local tb = (t1.op == "ge" or t1.op == "gt") and 1 or 0
          if t1.value ~= nil and t1.unit == "万元" then tb = tb | 8 end
          for x = 1, #th do
            local t = th[x]
            j = j + 1
            S.op[j], S.value[j], S.value_max[j], S.unit[j] = t.op, t.value, t.value_max, t.unit
            S.implied[j], S.product[j], S.text[j] = t.implied, t.product, t.text
            if t.op == "le" or t.op == "lt" then tb = tb | 2 end
            if t.implied then tb = tb | 4 end
            local u = t.unit
            if u ~= nil and u ~= "" and u ~= "%" then tb = tb | 16 end
          end
          S.tb[k] = tb
          if tb & 2 ~= 0 then add(S.le, k) end
          if tb & 4 ~= 0 then add(S.imp, k) end
          if tb & 8 ~= 0 then add(S.wan, k) end
        end
      end
    end
    S.yi[ti] = year and impl or nil
  end
  return S
end

-- doc._rows 可用：宿主给的，且 doc.tables 与各表都是原样（表类型未改）、还没有读过 indicators
local function host_rows(doc, dtables)
  local R = rawget(doc, "_rows")
  if type(R) ~= "table" or not rawequal(R.tables, dtables) or R.ntables ~= #dtables then return nil end
  local tobj, tkind = R.tobj, R.tkind
  for ti = 1, #dtables do
    local tbl = dtables[ti]
    if not rawequal(tbl, tobj[ti]) or tbl.kind ~= tkind[ti] or rawget(tbl, "indicators") ~= nil then
      return nil
    end
  end
  return R
end

-- 行类 id 的规范名称与分类：{ name3, info, l1, l2, g（计分归属）, pc（项目表且二级含“成本”）, mis, cm, sat, more, l1m }，
-- 与 prep 逐行算的相同（都是名称的纯函数）。prep_rows 的 D.f[k] 就是第 k 行的这张表，审核项按下面的下标读
local NAME3 <const>, INFO <const>, L1 <const>, L2 <const>, G <const>, PC <const> = 1, 2, 3, 4, 5, 6
-- 一级名称（或计分归属）的位：RF.bits[名称]，在第一个有这个名称的行类建起时分配，此后不变；位用完后
-- 新的名称没有位（has_level1 对它逐行看）。位 1（SAT_BIT）留给 sat，名称的位从 2 起
local SAT_BIT <const> = 1
local function level1_bit(RF, name)
  if name == nil then return 0 end
  local b = RF.bits[name]
  if b == nil then
    if RF.nbits >= 62 then return 0 end
    b = 1 << RF.nbits
    RF.nbits = RF.nbits + 1
    RF.bits[name] = b
  end
  return b
end

local function row_facts(p, K, RF, id)
  local c = RF.classes[id]
  local kind, x1, x2, x3 = c[1], c[2], c[3], c[4]
  local name3 = trim(x3)
  local l1, l2 = K.level1_of(kind, x1), K.level2_of(kind, x2)
  local info = K.info(name3)
  -- misplaced-indicator 可能报告的行类（审核项照旧逐条判断）
  local mis = false
  if name3 ~= "" and not info.placeholder then
    if kind == "project" and l1 == "满意度指标" and not info.satisfaction then
      mis = true
    else
      local e = K.standard_place(kind, name3)
      if e and (l1 ~= e[2].name or l2 ~= e[1].name) then mis = true end
    end
  end
  local pc = kind == "project" and has_cost(l2)
  -- 有阈值时按审核项预筛的位（prep_rows）：1 单位可能不符（比率/满意度/计数/成本），2 比率且非增长率，
  -- 4 变动率，8 成本类或变动率且非节约率（第一个阈值是下限时 cost-lower-bound 才看）
  local cm = 0
  if info.rate or info.satisfaction_du or info.count or pc then cm = cm | 1 end
  if info.rate and not info.growth then cm = cm | 2 end
  if info.change then cm = cm | 4 end
  if (info.change or info.cost or pc) and not info.saving then cm = cm | 8 end
  local g = L.points_group(p, kind, l1, l2) or l1
  -- 真正的满意度指标（计分归属满意度、名称含“满意”）：missing-satisfaction 与 misplaced-indicator 按表看有没有
  local sat = g == "满意度指标" and info.satisfaction or nil
  -- more：prep_rows 对这一类的逐指标行还要看 cm 与 mis；l1m：一级与计分归属的位（level1_bit）另加 sat 的位 1，
  -- prep_rows 按表相或成 T.l1m
  local f = { name3, info, l1, l2, g, pc, mis, cm, sat, cm ~= 0 or mis,
              level1_bit(RF, l1) | level1_bit(RF, g) | (sat and SAT_BIT or 0) }
  RF[id] = f
  return f
end

-- 三级名称 -> 最后见到它的编号。键跨文件保留（同样的名称反复出现，不必每份文件、每张表新建散列表），
-- 超过 4096 个清空重来。dup_*：按表编号，查重的初筛（T.dup）；dmg_*：按文件编号，damaged-target 的
-- 不同名称（D.dist，见 prep_rows）。
local dup_seen, dup_n, dup_stamp = {}, 0, 0
local dmg_seen, dmg_n, dmg_stamp = {}, 0, 0

-- D.tables[i] = { tbl=, n=, first=（该表的行是 first+1 .. first+n）, l1set=（读到时才建）, f=（即 D.f）, project=,
--   dup=（表中有同名的三级指标，不论期间；duplicate-indicator 的初筛）, sat=（有真正的满意度指标），
--   l1m=（表中各行的 f[11] 相或：出现的一级与计分归属的位）, bits=（名称 -> 位，即 RF.bits） }；
-- D.projects 同 prep。D.dist：逐指标的行（D.each）中各三级名称第一次出现的行号 k，按出现顺序；
-- D.dmg_stamp：prep_rows 把这些名称记在 dmg_seen 上用的编号（damaged-target 用）。
-- 每行 k：D.T[k]（所在表）、D.f[k]（行类的 row_facts：D.f[k][NAME3]、[INFO]、[L1]、[L2]、[G]、[PC] 同 prep 的
-- r.name3/info/l1/l2/g/pc；按列的 D.name3/info/l1/l2/g/pc[k] 也能读，第一次读到时才建），宿主的列原样在 D 上
-- （D.tk、D.raw、D.period、D.line、D.flags、D.note、D.damage、D.tn、D.t0，阈值 D.op、D.value……）。
-- 子列表 D.each、D.qt、D.bad、D.flag 是行号 k 的数组（同 prep），有阈值的行另按审核项预筛：
-- D.um、D.r100、D.chg、D.clb、D.le、D.imp、D.mis（见下），T.wan 是表中第一个阈值为万元的行。
-- D.qt、D.bad、D.flag、D.le、D.imp、T.wan 由宿主的子列表（doc._rows.qt 等，docs/rules.md 3.3）得来。
local FACT_COLUMN = { name3 = NAME3, info = INFO, l1 = L1, l2 = L2, g = G, pc = PC }
-- D.name3 等按列的写法（别的包的审核项可能这样读）：第一次读到时由 D.f 建成整列
local fact_columns = { __index = function(D, key)
  local x = FACT_COLUMN[key]
  if x == nil then return nil end
  local FC, col = rawget(D, "f"), {}
  for k = 1, #FC do col[k] = FC[k][x] end
  rawset(D, key, col)
  return col
end }

-- 表 T 中有没有一级（或计分归属）为 name 的行（T 的 first、n 与 D.f）。name 有位（T.bits）时看 prep_rows 按表
-- 相或的 T.l1m，否则逐行看
local function has_level1(FC, T, name)
  local bits = T.bits
  local b = bits and bits[name]
  if b then return T.l1m & b ~= 0 end
  for k = T.first + 1, T.first + T.n do
    local f = FC[k]
    if f[L1] == name or f[G] == name then return true end
  end
  return false
end
L.has_level1 = has_level1

-- D.tables[i].l1set（表中出现的一级与计分归属的集合，同 prep）在第一次读到时才建：national 的审核项用
-- has_level1 找到第一行就停，不必为每张表建集合
local table_facts = { __index = function(T, key)
  if key ~= "l1set" then return nil end
  local FC, set = rawget(T, "f"), {}
  for k = T.first + 1, T.first + T.n do
    local f = FC[k]
    set[f[L1]] = true
    set[f[G]] = true
  end
  rawset(T, "l1set", set)
  return set
end }

local function prep_rows(p, doc)
  local K = compiled[p] or compile(p)
  local D = doc[PREP_ROWS]
  if D and D.K == K then return D end
  local dtables = doc.tables or {}
  local S = host_rows(doc, dtables) or rows_of(dtables)
  local clsc, pdc, tkc, rawc, flc, t0c, cnt, yic = S.cls, S.period, S.tk, S.raw, S.flags, S.t0, S.cnt,
    S.yi
  local RF = K.row_facts
  if RF == nil or RF.classes ~= S.classes then
    RF = { classes = S.classes, bits = {}, nbits = 1 }   -- 位 1 是 SAT_BIT
    K.row_facts = RF
  end
  -- 每行的结果列：先建成 N 行大小（逐个追加会一次次扩表）
  local N = 0
  for ti = 1, #dtables do N = N + (cnt[ti] or 0) end
  local array = S.array   -- 宿主给的：预留 N 个位置的空表
  local function column()
    if array then return array(N) end
    return {}
  end
  -- 每行只记所在表与行类的事实表（各列每存一项都要进一次表的慢路径）
  local Tc, fc = column(), column()
  local each = column()
  local ne = 0
  -- 有阈值的行再按审核项预筛（只是候选，审核项照旧逐条判断；顺序同 D.each）：
  --   um 单位可能不符、r100 比率、chg 变动率、clb 下限写法的成本/变动率（按行类的 cm 位，只看行类的 more 为真的行）；
  --   qt、bad、flag、le（有 ≤/< 阈值）、imp（有未写比较符的阈值）由宿主按行给好（doc._rows 的子列表），
  --   这里只去掉不在 D.each 中的行
  local um, r100, chg, clb = {}, {}, {}, {}
  local num, nr100, nchg, nclb = 0, 0, 0, 0
  local tbc = S.tb
  local money_odd = K.money[""] or K.money["%"]
  local tables, projs = {}, {}
  local set = summary_prefixes(dtables)
  local mis, nmis = {}, 0   -- misplaced-indicator 的候选（行类的 f[7]）
  -- 全部行都要看的两件事也在这一遍里做（各审核项不必再逐行遍历）：表内三级名称是否重复（dup_seen，按表
  -- 编号），本文件逐指标的行中不同的三级名称（dmg_seen，按文件编号；含空名称，damaged-target 跳过）
  if dup_n > 4096 then dup_seen, dup_n = {}, 0 end
  if dmg_n > 4096 then dmg_seen, dmg_n = {}, 0 end
  dmg_stamp = dmg_stamp + 1
  local dseen, gseen, gst = dup_seen, dmg_seen, dmg_stamp
  local dist, nd = {}, 0
  local skipped   -- 不进 D.each 的行 {[k]=true}（没有时为 nil）
  local k0 = 0    -- 本表的行是 k0+1 .. k0+n
  for ti = 1, #dtables do
    local tbl = dtables[ti]
    local kind = tbl.kind
    local n = cnt[ti] or 0
    local T = setmetatable({ tbl = tbl, n = n, first = k0, wan = NONE, f = fc, dup = false, sat = false,
                             bits = RF.bits, l1m = 0 }, table_facts)
    dup_stamp = dup_stamp + 1
    local tst, dup, l1m = dup_stamp, false, 0
    -- 预算10表“年度”与“实施期”并列时，与某“年度”行同名同指标值的“实施期”行不进逐指标的列表
    local skip
    if yic[ti] then   -- 表中既有“年度”行也有“实施期”行（宿主给的 doc._rows.yi）
      local yearly = {}
      for r = k0 + 1, k0 + n do
        if pdc[r] == "年度" then
          local id = clsc[r]
          local f = RF[id] or row_facts(p, K, RF, id)
          yearly[f[1] .. "\0" .. trim(rawc[r])] = true
        end
      end
      for r = k0 + 1, k0 + n do
        if pdc[r] == "实施期" then
          local id = clsc[r]
          local f = RF[id] or row_facts(p, K, RF, id)
          if yearly[f[1] .. "\0" .. trim(rawc[r])] then
            skipped = skipped or {}
            skipped[r] = true
            skip = skipped
          end
        end
      end
    end
    for k = k0 + 1, k0 + n do
      local id = clsc[k]
      local f = RF[id]
      if f == nil then f = row_facts(p, K, RF, id) end
      local name3 = f[1]
      Tc[k], fc[k] = T, f
      local s = dseen[name3]
      if s == tst then dup = true
      else
        if s == nil then dup_n = dup_n + 1 end
        dseen[name3] = tst
      end
      l1m = l1m | f[11]   -- 含 sat（SAT_BIT）
      if skip == nil or not skip[k] then
        ne = ne + 1; each[ne] = k
        s = gseen[name3]
        if s ~= gst then
          if s == nil then dmg_n = dmg_n + 1 end
          gseen[name3] = gst
          nd = nd + 1; dist[nd] = k
        end
        if f[10] then   -- 行类有 cm 位或可能放错位置（少数行类）
          local cm = f[8]
          if cm ~= 0 and t0c[k] then
            local tb = tbc[k]   -- 宿主算好的阈值位（doc._rows.tb）
            -- 单位不符只可能出在单位既非空也非 % 的阈值上（货币单位表里有空或 % 时不筛）
            if cm & 1 ~= 0 and (tb & 16 ~= 0 or money_odd) then num = num + 1; um[num] = k end
            if cm & 2 ~= 0 then nr100 = nr100 + 1; r100[nr100] = k end
            if cm & 4 ~= 0 then nchg = nchg + 1; chg[nchg] = k end
            if cm & 8 ~= 0 and tb & 1 ~= 0 then nclb = nclb + 1; clb[nclb] = k end
          end
          if f[7] then nmis = nmis + 1; mis[nmis] = k end
        end
      end
    end
    T.dup, T.sat, T.l1m = dup, l1m & SAT_BIT ~= 0, l1m
    if kind == "project" and not L.is_summary_row(doc, tbl, set) then
      T.project = true
      projs[#projs + 1] = T
    end
    tables[ti] = T
    k0 = k0 + n
  end
  -- 第一个阈值单位为万元且有数值的行（cost-vs-funds；含不进 D.each 的行），按表分好：T.wan
  local wanl = S.wan
  for i = 1, #wanl do
    local k = wanl[i]
    local T = Tc[k]
    local wan = T.wan
    if wan == NONE then wan = {}; T.wan = wan end
    wan[#wan + 1] = k
  end
  -- 宿主的子列表去掉不在 D.each 中的行（多数文件没有这样的行，原样用宿主的表）
  local function in_each(list)
    if skipped == nil then return list end
    local out, m = {}, 0
    for i = 1, #list do
      local k = list[i]
      if not skipped[k] then m = m + 1; out[m] = k end
    end
    return out
  end
  D = { K = K, dist = dist, dmg_stamp = gst, T = Tc, f = fc, ref = S.ref,
        tk = tkc, raw = rawc, period = pdc, line = S.line, flags = flc, note = S.note,
        damage = S.damage, tn = S.tn, t0 = t0c, op = S.op, value = S.value, value_max = S.value_max,
        unit = S.unit, implied = S.implied, product = S.product, text = S.text,
        each = each, qt = in_each(S.qt), bad = in_each(S.bad), flag = in_each(S.flag),
        um = um, r100 = r100, chg = chg, clb = clb, le = in_each(S.le), imp = in_each(S.imp), mis = mis,
        tables = tables, projects = projs }
  setmetatable(D, fact_columns)
  doc[PREP_ROWS] = D
  return D
end
L.prep_rows = prep_rows

-- 表的标签（每份文件每表算一次）
local function tlabel(T)
  local s = T.label
  if s == nil then s = L.table_label(T.tbl); T.label = s end
  return s
end

-- 第 k 行的 L.ind_label
local function ilabel(D, k)
  local s = "指标“" .. D.f[k][NAME3] .. "”"
  local t = D.raw[k]
  t = t and trim(t)
  if t and t ~= "" then s = s .. "（指标值 " .. t .. "）" end
  return s
end

-- 报告第 k 行（所在表、表内序号或指标表本身）
local function rep(report, D, k, msg)
  local T = D.T[k]
  local ref = D.ref
  report(T.tbl, ref and ref[k] or k - T.first, msg)
end

-- 成本类指标：二级含“成本”的项目指标，或三级含成本/费用/经费且单位为货币
local function is_cost(K, D, k)
  local f = D.f[k]
  if f[PC] then return true end
  local j = D.t0[k]
  if j and K.money[D.unit[j]] and f[INFO].cost then return true end
  return false
end

local function missing_level1(which)
  return function(p, doc, report)
    local D = prep_rows(p, doc)
    for _, T in ipairs(D.projects) do
      if not has_level1(D.f, T, which) then
        report(T.tbl, nil, sformat("%s：没有%s%s", tlabel(T), which,
          T.n == 0 and "（该项目没有任何绩效指标）" or ""))
      end
    end
  end
end

local C = {}

C["missing-level1"] = function(p, doc, report)
  local D = prep_rows(p, doc)
  for _, T in ipairs(D.tables) do
    if T.tbl.kind == "department" then
      for _, l1 in ipairs(p.framework.department or {}) do
        if not has_level1(D.f, T, l1.name) then
          report(T.tbl, nil, sformat("%s：缺少一级指标“%s”", tlabel(T), l1.name))
        end
      end
    end
  end
end

C["empty-target"] = function(p, doc, report)
  local D = prep_rows(p, doc)
  local list, tk, FC, Tc = D.bad, D.tk, D.f, D.T
  for i = 1, #list do
    local k = list[i]
    if tk[k] == "empty" then
      rep(report, D, k, sformat("%s：指标“%s”未填指标值", tlabel(Tc[k]), FC[k][NAME3]))
    end
  end
end

local placeholder_names = { "", "……", "…", "...", "/", "-", "—", "－" }

C["placeholder-target"] = function(p, doc, report)
  local D = prep_rows(p, doc)
  local list, tk = D.bad, D.tk
  for i = 1, #list do
    local k = list[i]
    if tk[k] == "placeholder" then
      local f, raw = D.f[k], D.raw[k]
      if f[INFO].placeholder or f[NAME3] == trim(raw) then
        -- 整行只是模板里的占位符（如“……”）
        rep(report, D, k, sformat("%s：该行只有占位符“%s”，既无指标名称也无指标值（模板空行，应删除或填写具体指标）",
          tlabel(D.T[k]), trim(raw)))
      else
        rep(report, D, k, sformat("%s：%s只是占位符，未填写实际指标值", tlabel(D.T[k]), ilabel(D, k)))
      end
    end
  end
end

-- 三级名称只是一段时间（“2020年10月至2021年9月”），不是指标名称
local function is_period_name(name3)
  return name3:find("%d%d%d%d年") ~= nil and (has(name3, "至") or has(name3, "—") or has(name3, "-"))
end

C["vague-target"] = function(p, doc, report)
  local D = prep_rows(p, doc)
  local list, tkc, FC = D.qt, D.tk, D.f
  for i = 1, #list do
    local k = list[i]
    local kind = tkc[k]
    if kind == "qualitative" or kind == "time" then
      local f = FC[k]
      local l2, name3 = f[L2], f[NAME3]
      if kind == "time" then
        -- 时效指标写“及时完成”“在规定时间内”不算；数量/质量指标只写时间词，等于没有数量、质量标准
        if l2 == "数量指标" or l2 == "质量指标" then
          rep(report, D, k, sformat("%s：%s属于%s，指标值只写了“及时/按时”一类的时间要求，没有可衡量的%s标准，应尽量量化（如 ≥95%%、差错率≤1%%）",
            tlabel(D.T[k]), ilabel(D, k), l2, l2 == "数量指标" and "数量" or "质量"))
        end
      elseif l2 == "数量指标" or l2 == "质量指标" or f[INFO].rate_suffix then
        rep(report, D, k, sformat("%s：%s属于%s，指标值只写了定性词，应尽量量化（如 ≥95%%、≥100人次）",
          tlabel(D.T[k]), ilabel(D, k), l2 ~= "" and l2 or "比率类指标"))
      elseif l2 == "时效指标" then
        rep(report, D, k, sformat("%s：%s属于时效指标，指标值“%s”没有给出完成时限或响应时间%s",
          tlabel(D.T[k]), ilabel(D, k), trim(D.raw[k]),
          is_period_name(name3) and ("；三级指标名称“" .. name3 .. "”是实施期间，不是指标名称") or ""))
      end
    end
  end
end

C["unknown-qualitative"] = function(p, doc, report)
  local ok = ctx(p).target_ok
  local D = prep_rows(p, doc)
  local list, tkc, rawc = D.qt, D.tk, D.raw
  for i = 1, #list do
    local k = list[i]
    if tkc[k] == "qualitative" then
      local w = trim(rawc[k])
      if not ok[w] then
        rep(report, D, k, sformat("%s：%s的定性指标值“%s”不在常用词表中，请确认其含义可以考核",
          tlabel(D.T[k]), ilabel(D, k), w))
      end
    end
  end
end

C["cost-vs-funds"] = function(p, doc, report)
  local tol = p.formulas.funds_tolerance or 0.005
  local D = prep_rows(p, doc)
  local t0, unit, value, value_max, op, FC = D.t0, D.unit, D.value, D.value_max, D.op, D.f
  local projects = D.projects
  local ks, amounts = {}, {}   -- 各项目共用（只读到 nc 为止）：多半每个项目只有一行，不必每项目建表
  for x = 1, #projects do
    local T = projects[x]
    local wan = T.wan   -- 第一个阈值单位为万元的行（prep_rows 预筛）；没有就不必看
    local tbl = T.tbl
    local total = wan[1] ~= nil and tbl.funds and tbl.funds.total
    if total then
      local nc, sum = 0, 0
      for i = 1, #wan do
        local k = wan[i]
        local j = t0[k]
        if j and unit[j] == "万元" and value[j] ~= nil then
          local o = op[j]
          local upper = o == "le" or o == "lt"
          if FC[k][PC] or upper then   -- 项目表：二级含“成本”
            local amount = o == "range" and value_max[j] or value[j]
            nc = nc + 1; ks[nc], amounts[nc] = k, amount
            sum = sum + amount
          end
        end
      end
      if nc > 0 then
        local whole = nc > 1 and math.abs(sum - total) <= tol + 1e-9
        for c = 1, nc do
          local k, amount = ks[c], amounts[c]
          if amount > total + tol + 1e-9 then
            rep(report, D, k, sformat("%s：%s金额 %s万元，高于项目资金总额 %s万元",
              tlabel(T), ilabel(D, k), F(amount), F(total)))
          elseif not whole and math.abs(amount - total) > tol + 1e-9 then
            rep(report, D, k, sformat("%s：%s金额 %s万元，与项目资金总额 %s万元 不一致",
              tlabel(T), ilabel(D, k), F(amount), F(total)))
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
  local D = prep_rows(p, doc)
  local t0, unit, value, op = D.t0, D.unit, D.value, D.op
  -- 项目资金栏一个数字都没有（预算10表的“实施期资金总额/年度资金总额”空着）：每个项目报一次
  for _, T in ipairs(D.projects) do
    local tbl = T.tbl
    local f = tbl.funds or {}
    if f.total == nil and f.fiscal == nil and f.other == nil then
      local costs, seen = {}, {}
      for k = T.first + 1, T.first + T.n do
        local j = t0[k]
        if j and K.money[unit[j]] and value[j] ~= nil
           and (is_cost(K, D, k) or op[j] == "le" or op[j] == "lt") then
          local a = F(value[j]) .. unit[j]
          if not seen[a] then seen[a] = true; costs[#costs + 1] = a end
        end
      end
      local fields = tbl.layout == "form" and "实施期资金总额、年度资金总额（及其中财政拨款、其他资金）"
        or "资金总额、财政性资金、其他资金"
      report(tbl, nil, sformat("%s：项目资金未填写：%s均为空%s", tlabel(T), fields,
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
  local list = prep_rows(p, doc).projects
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
  local D = prep_rows(p, doc)
  local list, t0, tn, unit, FC = D.um, D.t0, D.tn, D.unit, D.f
  for i = 1, #list do
    local k = list[i]
    local j0 = t0[k]
    if j0 then
      local f = FC[k]
      local info = f[INFO]
      for j = j0, j0 + tn[k] - 1 do
        local u = unit[j] or ""
        local msg
        if (info.rate or info.satisfaction_du) and u ~= "" and u ~= "%" then
          msg = "是比率/满意度指标，指标值单位却是“" .. u .. "”（应为 %）"
        elseif info.count and money[u] then
          msg = "是计数指标，指标值单位却是“" .. u .. "”"
        elseif f[PC] and not info.rate
               and u ~= "" and u ~= "%" and not money[u] then
          msg = "是成本指标，指标值单位却是“" .. u .. "”（应为金额，如万元）"
        end
        if msg then
          rep(report, D, k, sformat("%s：%s%s", tlabel(D.T[k]), ilabel(D, k), msg))
          break
        end
      end
    end
  end
end

C["cost-lower-bound"] = function(p, doc, report)
  local K = ctx(p)
  local D = prep_rows(p, doc)
  local list, t0, op, FC = D.clb, D.t0, D.op, D.f
  for i = 1, #list do
    local k = list[i]
    local j = t0[k]
    local info = FC[k][INFO]
    if j and (op[j] == "ge" or op[j] == "gt") and not info.saving then   -- 节约率越高越好
      local change = info.change
      local cost = is_cost(K, D, k) and not (info.rate and not change)
      if change or cost then
        rep(report, D, k, sformat("%s：%s是%s，指标值应写成上限（≤ 或 <），而不是下限",
          tlabel(D.T[k]), ilabel(D, k), change and "变动率指标" or "成本指标"))
      end
    end
  end
end

C["rate-over-100"] = function(p, doc, report)
  local D = prep_rows(p, doc)
  local list, t0, tn, unit, value, value_max, FC = D.r100, D.t0, D.tn, D.unit, D.value, D.value_max, D.f
  for i = 1, #list do
    local k = list[i]
    local info = FC[k][INFO]
    local j0 = t0[k]
    if info.rate and not info.growth and j0 then
      for j = j0, j0 + tn[k] - 1 do
        local v = math.max(value[j] or 0, value_max[j] or 0)
        if unit[j] == "%" and v > 100 then
          rep(report, D, k, sformat("%s：%s比率超过 100%%（%s%%）", tlabel(D.T[k]), ilabel(D, k), F(v)))
          break
        end
      end
    end
  end
end

C["implied-operator"] = function(p, doc, report)
  local D = prep_rows(p, doc)
  local list, tkc, t0, tn, implied, unit, value, product = D.imp, D.tk, D.t0, D.tn, D.implied, D.unit,
    D.value, D.product
  for i = 1, #list do
    local k = list[i]
    local j0 = t0[k]
    if tkc[k] == "quantitative" and j0 then
      for j = j0, j0 + tn[k] - 1 do
        -- 100% 的比率方向自明，不提示
        -- “5*8小时”“7*24小时”是服务时段，名称已写明方向（“控制在预算范围内”）的也不提示
        if implied[j] and not (unit[j] == "%" and value[j] == 100) and not D.f[k][INFO].operator_named
           and not (product[j] == true or has_star(trim(D.raw[k]))) then
          local T = D.T[k]
          local f = D.f[k]
          local upper = L.implied_upper(p, T.tbl.kind, f[L2], f[NAME3], unit[j])
          rep(report, D, k, sformat("%s：%s未写比较符（≥ ≤ =），打分时按%s处理",
            tlabel(T), ilabel(D, k), upper and "上限（≤）" or "下限（≥）"))
          break
        end
      end
    end
  end
end

-- 名称去掉末尾 1–2 个字后的前缀（至少 8 个字）：damaged-target 用
local truncations, trunc_cache = memo(function(m)
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
  local D = prep_rows(p, doc)
  local each, FC, linec, Tc = D.each, D.f, D.line, D.T
  -- 不同的名称（按第一次出现）由 prep_rows 记在 dmg_seen 上（编号 D.dmg_stamp）；此后又为别的文件
  -- 记过时，按 D.dist 重记
  local dist, stamp = D.dist, D.dmg_stamp
  if stamp ~= dmg_stamp or dmg_n > 4096 then
    if dmg_n > 4096 then dmg_seen, dmg_n = {}, 0 end
    dmg_stamp = dmg_stamp + 1
    stamp = dmg_stamp
    for i = 1, #dist do
      local n = FC[dist[i]][NAME3]
      if dmg_seen[n] == nil then dmg_n = dmg_n + 1 end
      dmg_seen[n] = stamp
    end
    D.dmg_stamp = stamp
  end
  local seen = dmg_seen
  -- 截断名 -> 最早出现（行号最小，同行取字典序最小）的完整名称（与名称的遍历顺序无关）
  local best, bline
  for i = 1, #dist do
    local k = dist[i]
    local m = FC[k][NAME3]
    local line = linec[k] or Tc[k].tbl.line or 0
    -- 不足 9 个字节的名称不足 9 个字，没有可比的截断名
    local tl = #m >= 9 and (trunc_cache[m] or truncations(m)) or NONE   -- 空名称也没有
    for x = 1, #tl do
      local n = tl[x]
      if seen[n] == stamp then
        best, bline = best or {}, bline or {}
        local b = best[n]
        if b == nil or line < bline[n] or (line == bline[n] and m < b) then best[n], bline[n] = m, line end
      end
    end
  end
  -- 没有截断的名称时只需看指标值残缺的行（D.bad）
  local list = best and each or D.bad
  local tkc = D.tk
  for i = 1, #list do
    local k = list[i]
    if tkc[k] == "damaged" then
      rep(report, D, k, sformat("%s：%s残缺：%s", tlabel(Tc[k]), ilabel(D, k),
        D.damage[k] or "疑似在页边被截断"))
    end
    local name3 = FC[k][NAME3]
    local m = best and best[name3]
    if m then
      rep(report, D, k, sformat("%s：指标名称“%s”残缺，疑似在页边被截断（同一文件第 %d 行有“%s”）",
        tlabel(Tc[k]), name3, bline[name3], m))
    end
  end
end

-- 同一单元格拆出的指标（同表、同行、同期间、都带 split）合成一条
C["split-cell"] = function(p, doc, report)
  local done = {}
  local D = prep_rows(p, doc)
  local list, flags, linec, pdc = D.flag, D.flags, D.line, D.period
  for i = 1, #list do
    local k = list[i]
    if (flags[k] or 0) & 1 ~= 0 then
      local T = D.T[k]
      local tbl = T.tbl
      local line, period = linec[k], pdc[k] or ""
      local key = tostring(tbl) .. "\0" .. tostring(line) .. "\0" .. period
      if not done[key] then
        done[key] = true
        local names = {}
        for o = T.first + 1, T.first + T.n do
          if (flags[o] or 0) & 1 ~= 0 and linec[o] == line and (pdc[o] or "") == period then
            names[#names + 1] = "“" .. D.f[o][NAME3] .. "”"
          end
        end
        if #names >= 2 then
          rep(report, D, k, sformat("%s：指标%s写在同一单元格中，应分成%s行", tlabel(T),
            concat(names, "和"), #names == 2 and "两" or tostring(#names)))
        else
          local note = D.note[k]
          rep(report, D, k, sformat("%s：%s与另一指标写在同一单元格中，应分成两行%s",
            tlabel(T), ilabel(D, k), note and ("（" .. note .. "）") or ""))
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
  local D = prep_rows(p, doc)
  local list, flags = D.flag, D.flags
  for i = 1, #list do
    local k = list[i]
    if (flags[k] or 0) & 2 ~= 0 then
      local f, line = D.f[k], D.line[k]
      local name3 = f[NAME3]
      local moved, cells = {}, {}
      local function add(msg)
        if msg == nil or msg == "" then return end
        local list = is_frame_note(msg) and moved or cells
        if not in_list(msg, list) then list[#list + 1] = msg end
      end
      add(D.note[k])
      for _, n in ipairs(doc.notes or {}) do
        if n.code == "realigned" and n.line == line and name3 ~= "" and has(n.message or "", name3) then
          add(n.message)
        end
      end
      local where = "“" .. (f[L1] or "?") .. " / " .. (f[L2] or "?") .. "”"
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
      rep(report, D, k, sformat("%s：%s%s", tlabel(D.T[k]), ilabel(D, k), msg))
    end
  end
end

C["duplicate-indicator"] = function(p, doc, report)
  local D = prep_rows(p, doc)
  local FC, pdc, linec, rawc = D.f, D.period, D.line, D.raw
  for _, T in ipairs(D.tables) do
    -- 表中没有同名的三级指标（不论期间，prep_rows 已看过）就不必分组
    local maybe = T.dup
    local k0 = T.first
    -- 按（期间, 名称）分组；只为重复出现的组建列表，报告顺序按组的第一次出现
    local first, groups, byfirst = maybe and {}, nil, nil
    for i = 1, maybe and T.n or 0 do
      local k = k0 + i
      local f = FC[k]
      local name3 = f[NAME3]
      if name3 ~= "" and not f[INFO].placeholder then
        local pk = pdc[k] or ""
        local byname = first[pk]
        if not byname then byname = {}; first[pk] = byname end
        local f = byname[name3]
        if f == nil then
          byname[name3] = i
        else
          groups, byfirst = groups or {}, byfirst or {}
          local g = byfirst[f]
          if not g then g = { f, k0 + f }; byfirst[f] = g; groups[#groups + 1] = g end
          g[#g + 1] = k
        end
      end
    end
    if groups then
      table.sort(groups, function(a, b) return a[1] < b[1] end)
      for _, g in ipairs(groups) do
        local where = {}
        for x = 2, #g do
          local k = g[x]
          local raw = trim(rawc[k])
          where[#where + 1] = sformat("第 %s 行%s%s", tostring(linec[k] or "?"), FC[k][L1] or "",
            raw ~= "" and (" " .. raw) or "")
        end
        local k1 = g[2]
        local pd = pdc[k1]
        rep(report, D, g[3], sformat("%s：指标“%s”重复出现 %d 次%s：%s", tlabel(T), FC[k1][NAME3], #g - 1,
          pd and ("（" .. pd .. "）") or "", concat(where, "；")))
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
  local D = prep_rows(p, doc)
  local FC = D.f
  for _, T in ipairs(D.projects) do
    if not T.sat then   -- 有真正的满意度指标（prep_rows 已逐行看过）的项目不报
      local other = {}
      for k = T.first + 1, T.first + T.n do
        local f = FC[k]
        if f[G] == "满意度指标" and not f[INFO].satisfaction then
          local lab = "“" .. f[NAME3] .. "”"
          if not in_list(lab, other) then other[#other + 1] = lab end
        end
      end
      local why = ""
      if T.n == 0 then why = "（该项目没有任何绩效指标）"
      elseif #other > 0 then why = "（满意度指标栏只填了" .. concat(other, "、") .. "，不是满意度指标）" end
      report(T.tbl, nil, sformat("%s：没有满意度指标%s", tlabel(T), why))
    end
  end
end

-- 指标放在了不属于它的位置（不移动，只报告）：
--   项目：满意度指标下名称不含“满意”的指标（如“政策知晓率”“培训持续影响度”，属效益指标）；
--         项目没有任何真正的满意度指标时由 missing-satisfaction 报告，这里不重复。
--   部门整体：三级名称是框架中另一个二级的标准三级指标（framework.department 的 names）。
C["misplaced-indicator"] = function(p, doc, report)
  local K = ctx(p)
  local D = prep_rows(p, doc)
  local FC, Tc = D.f, D.T
  local has_real = {}
  for _, T in ipairs(D.tables) do
    if T.sat then has_real[T.tbl] = true end   -- 表中有真正的满意度指标（prep_rows）
  end
  local each = D.mis   -- 只看可能报告的行（prep_rows 按行类预筛）
  local spkind, spc = nil, nil
  for i = 1, #each do
    local k = each[i]
    local f = FC[k]
    local name3, info = f[NAME3], f[INFO]
    if name3 ~= "" and not info.placeholder then
      local tbl = Tc[k].tbl
      local l1, l2 = f[L1], f[L2]
      if tbl.kind == "project" and l1 == "满意度指标" and has_real[tbl] and not info.satisfaction then
        local benefit = L.find_level1(p, "project", "效益指标")
        local il2 = benefit and L.infer_level2(p, "project", benefit, name3, nil)
        rep(report, D, k, sformat("%s：%s列在满意度指标下，但不是满意度指标（应归入“效益指标%s”）",
          tlabel(Tc[k]), ilabel(D, k), il2 and (" / " .. il2.name) or ""))
      else
        if tbl.kind ~= spkind then spkind, spc = tbl.kind, K.standard_place_cache(tbl.kind) end
        local e = spc[name3]
        if e == nil then e = K.standard_place(tbl.kind, name3) end
        if e and (l1 ~= e[2].name or l2 ~= e[1].name) then
          rep(report, D, k, sformat("%s：%s是“%s / %s”下的标准三级指标，却列在“%s / %s”下（疑似分页处丢了合并单元格；打分仍按表中位置）",
            tlabel(Tc[k]), ilabel(D, k), e[2].name, e[1].name, l1 or "?", l2 or "?"))
        end
      end
    end
  end
end

-- 正向比率写成上限：≤100%（或 <、≤ 更大的数）任何结果都满足，不构成目标
C["rate-upper-bound"] = function(p, doc, report)
  local D = prep_rows(p, doc)
  local list, t0, tn, unit, value, op, FC = D.le, D.t0, D.tn, D.unit, D.value, D.op, D.f
  for i = 1, #list do
    local k = list[i]
    local info = FC[k][INFO]
    local j0 = t0[k]
    if j0 and not info.growth and not info.change then
      for j = j0, j0 + tn[k] - 1 do
        local v, o = value[j], op[j]
        if unit[j] == "%" and v ~= nil and ((o == "le" and v >= 100) or (o == "lt" and v > 100)) then
          rep(report, D, k, sformat("%s：%s写成上限（%s%s%%），比率不会超过 100%%，任何完成情况都满足，不构成考核目标；应写成下限（如 ≥95%%）或 =100%%",
            tlabel(D.T[k]), ilabel(D, k), o == "le" and "≤" or "<", F(v)))
          break
        end
      end
    end
  end
end

-- 数量指标写成上限：完成 0 也算达到（投诉、事故、差错一类越少越好的除外）
C["count-upper-bound"] = function(p, doc, report)
  local count_unit = ctx(p).count_unit
  local D = prep_rows(p, doc)
  local list, t0, op, unit, FC = D.le, D.t0, D.op, D.unit, D.f
  for i = 1, #list do
    local k = list[i]
    local j = t0[k]
    local f = FC[k]
    local info = f[INFO]
    if j and (op[j] == "le" or op[j] == "lt") and count_unit[unit[j]]
       and not info.negative_count and not info.cost
       and (f[L2] == "数量指标" or info.count) then
      rep(report, D, k, sformat("%s：%s是数量指标，指标值写成上限（%s），完成数为 0 也算达到；产出数量应写成下限（≥）或确数（=）",
        tlabel(D.T[k]), ilabel(D, k), trim(D.text[j] or D.raw[k])))
    end
  end
end

-- 只减不增的变动率（“三公经费”、厉行节约）目标为正数
C["change-rate-increase"] = function(p, doc, report)
  local D = prep_rows(p, doc)
  local list, t0, value, value_max, FC = D.chg, D.t0, D.value, D.value_max, D.f
  for i = 1, #list do
    local k = list[i]
    local j = t0[k]
    if FC[k][INFO].change and j and value[j] ~= nil then
      local T, name3 = D.T[k], FC[k][NAME3]
      local tbl = T.tbl
      for _, rule in ipairs(p.formulas.no_increase or {}) do
        if has(name3, rule.match) then
          local v = math.max(value[j], value_max[j] or value[j])
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
            rep(report, D, k, sformat("%s：%s目标为比上年增加 %s%%；%s应只减不增，目标应为 ≤%s%s",
              tlabel(T), ilabel(D, k), F(v), rule.what or rule.match, F(limit), extra))
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

return { placeholder_names = placeholder_names }
