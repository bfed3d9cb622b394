-- extends: national
-- rows-facts: national with its checks off and one check that compares what
-- p.lib.prep_rows gives national's checks (read from doc._rows in one pass)
-- with the same facts worked out the general way: the row classes the host
-- numbered against the indicators' names, D.f and the D.name3/info/l1/l2/g/pc
-- columns against p.lib.prep's records (read from doc.tables), and the
-- pre-screens (T.dup, T.sat, D.dist) against the loops over every row that
-- duplicate-indicator, missing-satisfaction/misplaced-indicator and
-- damaged-target had before, and the sub-lists (D.qt, D.bad, D.flag, D.le,
-- D.imp from the host's doc._rows lists; D.um, D.r100, D.chg, D.clb, D.mis,
-- T.wan) against prep's lists and the records.  Each difference is a "mismatch" finding; "rows"
-- says how many rows were compared (tests/test_checkdoc.c).
local p = base
p.name = "rows-facts"
p.extends = "national"
for _, c in ipairs(p.checks) do c.severity = "off" end

-- (kind, 一级, 二级, 三级) -> class id, and back, for as long as the host keeps
-- the same classes table (ids are kept across documents)
local ids_of, keys_of, classes_seen = {}, {}, nil

local function key(kind, l1, l2, l3)
  local function enc(x) if x == nil then return "-" end return #x .. ":" .. x end
  return tostring(kind) .. "|" .. enc(l1) .. enc(l2) .. enc(l3)
end

local function compare(doc, report)
  local L = p.lib
  local R = rawget(doc, "_rows")
  local D = L.prep_rows(p, doc)        -- first: it must read doc._rows
  local P = L.prep(p, doc)             -- the tables' indicators, record by record
  local bad = 0
  local function mismatch(what)
    bad = bad + 1
    if bad <= 5 then report(nil, nil, "mismatch: " .. what) end
  end
  if R.classes ~= classes_seen then ids_of, keys_of, classes_seen = {}, {}, R.classes end
  local k = 0
  local row_of = {}   -- prep's record -> its row k
  for ti, T in ipairs(P.tables) do
    local DT = D.tables[ti]
    local names, dup, sat = {}, false, false
    for _, r in ipairs(T.recs) do
      k = k + 1
      row_of[r] = k
      local ind, kind = r.ind, T.tbl.kind
      local id = R.cls[k]
      local c = R.classes[id]
      if c[1] ~= kind or c[2] ~= ind.level1 or c[3] ~= ind.level2 or c[4] ~= ind.level3 then
        mismatch("row " .. k .. ": class " .. id .. " is not its names")
      end
      local kk = key(kind, ind.level1, ind.level2, ind.level3)
      if (ids_of[kk] or id) ~= id or (keys_of[id] or kk) ~= kk then
        mismatch("row " .. k .. ": class " .. id .. " given to two name sets, or two ids to one")
      end
      ids_of[kk], keys_of[id] = id, kk
      local f = D.f[k]
      if f[1] ~= r.name3 or f[2] ~= r.info or f[3] ~= r.l1 or f[4] ~= r.l2 or f[5] ~= r.g
         or not f[6] ~= not r.pc then
        mismatch("row " .. k .. ": D.f is not prep's record")
      end
      if D.name3[k] ~= r.name3 or D.info[k] ~= r.info or D.l1[k] ~= r.l1 or D.l2[k] ~= r.l2
         or D.g[k] ~= r.g or not D.pc[k] ~= not r.pc or D.T[k] ~= DT then
        mismatch("row " .. k .. ": a column is not prep's record")
      end
      if names[r.name3] then dup = true end
      names[r.name3] = true
      if r.g == "满意度指标" and r.info.satisfaction then sat = true end
    end
    if DT.dup ~= dup then mismatch("table " .. ti .. ": dup " .. tostring(DT.dup)) end
    -- has_level1 (what missing-output/benefit/level1 ask) and l1set (made on first read) are prep's
    local asked = { "产出指标", "效益指标", "满意度指标", "成本指标", "履职效能", "管理效率", "运行成本",
                    "服务满意", "可持续性", "其他" }
    for _, name in ipairs(asked) do
      if L.has_level1(D.f, DT, name) ~= (T.l1set[name] == true) then
        mismatch("table " .. ti .. ": has_level1 " .. name)
      end
    end
    for name in pairs(T.l1set) do
      if not DT.l1set[name] then mismatch("table " .. ti .. ": l1set lacks " .. name) end
      -- every name the table has (T.l1m's bits, or row by row once the bits ran out)
      if not L.has_level1(D.f, DT, name) then mismatch("table " .. ti .. ": has_level1 lacks " .. name) end
    end
    for name in pairs(DT.l1set) do
      if not T.l1set[name] then mismatch("table " .. ti .. ": l1set has " .. name) end
    end
    if DT.sat ~= sat then mismatch("table " .. ti .. ": sat " .. tostring(DT.sat)) end
  end
  if k ~= #D.f then mismatch("rows: " .. k .. " and " .. #D.f) end
  -- the rows the per-indicator checks look at: prep's P.each
  if #D.each ~= #P.each then mismatch("each has " .. #D.each .. " rows, not " .. #P.each) end
  for i, r in ipairs(P.each) do
    if D.each[i] ~= row_of[r] then mismatch("each " .. i .. " is not row " .. row_of[r]) end
  end
  -- damaged-target's names: the rows of D.each, each name once, in order
  local seen, n = {}, 0
  for _, r in ipairs(D.each) do
    local name3 = D.name3[r]
    if not seen[name3] then
      seen[name3] = true
      n = n + 1
      if D.dist[n] == nil or D.name3[D.dist[n]] ~= name3 then
        mismatch("dist " .. n .. " is not “" .. name3 .. "”")
      end
    end
  end
  if #D.dist ~= n then mismatch("dist has " .. #D.dist .. " names, not " .. n) end
  -- the sub-lists (the host's doc._rows lists less the rows not in D.each, and prep_rows' pre-screens)
  -- against prep's lists and records, worked out the general way
  local function same_rows(name, got, want)
    if #got ~= #want then mismatch(name .. " has " .. #got .. " rows, not " .. #want) return end
    for i, r in ipairs(want) do
      if got[i] ~= row_of[r] then mismatch(name .. " " .. i .. " is not row " .. row_of[r]) return end
    end
  end
  same_rows("qt", D.qt, P.qt)
  same_rows("bad", D.bad, P.bad)
  same_rows("flag", D.flag, P.flag)
  local le, imp, um, r100, chg, clb, mis = {}, {}, {}, {}, {}, {}, {}
  for _, r in ipairs(P.each) do
    local f = D.f[row_of[r]]
    local cm = f[8]
    if r.t then
      local isle, isimp, odd = false, false, false
      for _, t in ipairs(r.th) do
        if t.op == "le" or t.op == "lt" then isle = true end
        if t.implied then isimp = true end
        if t.unit ~= nil and t.unit ~= "" and t.unit ~= "%" then odd = true end
      end
      if isle then le[#le + 1] = r end
      if isimp then imp[#imp + 1] = r end
      -- national's money units have neither "" nor "%": unit-mismatch looks only at rows with an odd unit
      if cm & 1 ~= 0 and odd then um[#um + 1] = r end
      if cm & 2 ~= 0 then r100[#r100 + 1] = r end
      if cm & 4 ~= 0 then chg[#chg + 1] = r end
      if cm & 8 ~= 0 and (r.t.op == "ge" or r.t.op == "gt") then clb[#clb + 1] = r end
    end
    if f[7] then mis[#mis + 1] = r end
  end
  same_rows("le", D.le, le)
  same_rows("imp", D.imp, imp)
  same_rows("um", D.um, um)
  same_rows("r100", D.r100, r100)
  same_rows("chg", D.chg, chg)
  same_rows("clb", D.clb, clb)
  same_rows("mis", D.mis, mis)
  for ti, T in ipairs(P.tables) do
    local wan = {}   -- every row of the table (年度-like 实施期 rows too)
    for _, r in ipairs(T.recs) do
      if r.t and r.t.value ~= nil and r.t.unit == "万元" then wan[#wan + 1] = r end
    end
    same_rows("table " .. ti .. " wan", D.tables[ti].wan, wan)
  end
  report(nil, nil, "rows " .. k)
end

table.insert(p.checks, 1, { code = "facts", severity = "info",
  description = "prep_rows 的结果与逐条算的相同", run = compare })
return p.bind(p)
