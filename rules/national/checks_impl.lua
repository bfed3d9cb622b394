-- national/checks_impl.lua：审核项的实现（审核项清单、severity 与审核用词表在 checks.lua）。
-- checks.lua 中每个审核项的 impl 是下面 C 表中的键；bind 把它包装成宿主调用的 run(doc, report)。
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

-- 计分归属（L.points_group，只依赖规则包数据）按（表类型, 一级, 二级）记在本包的查找表 K 上，
-- 各文件共用：同样的一级/二级名称在每份文件里反复出现。条目有上限，满了清空重来。
local GROUP_MAX = 4096
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
      if r.g == "满意度指标" then
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
      if r.g == "满意度指标" and r.info.satisfaction then has_real[T.tbl] = true; break end
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

return { placeholder_names = placeholder_names }
