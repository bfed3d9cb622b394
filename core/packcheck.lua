-- packcheck.lua - the schema of a rule pack, and the check a pack gets
-- when it loads (and from `jixiao rules lint`).  Trusted host code: it runs
-- with the real globals, reads the finished pack table and the text of the
-- author's own files, and returns findings { file=, line=, msg= } in
-- Chinese, each saying what is wrong and what to write instead.
--
-- Embedded into the library at build time (core/packcheck.c).

local S = {}

-- What a pack table may contain.  A value is the Lua type of the field.
S.top = {
  name = "string", version = "string", region = "string", description = "string",
  sources = "table", extends = "string", round = "number",
  framework = "table", execution = "table", grades = "table",
  vocabulary = "table", bands = "table", band_names = "table",
  target_words = "table", infer_order = "table", realign_by_name = "table",
  realign_standard_names = "boolean", keep_level1 = "table", kept_as_printed = "table",
  columns = "table",
  formulas = "table", checks = "table",
  weights = "table", custom = "table",
  lib = "table", bind = "function",
  frame = "function", points = "function", points_group = "function", score = "function",
  execution_score = "function", grade = "function",
}

-- formulas: the parameters the national functions read
S.formulas = {
  reverse = "string", change_rate = "table", steps = "table", tiers = "table",
  funds_tolerance = "number", spending_tolerance = "table",
  money_units = "table", count_units = "table", count_words = "table",
  growth_words = "table", saving_words = "table", cost_words = "table",
  satisfaction_words = "table", negative_count_words = "table",
  operator_name_words = "table", no_increase = "table", covered_notes = "table",
  level1_shares = "table", indicator_total = "number",
  overshoot = "table", text_actual = "string", strict_bound = "string",
}

-- names a formula choice may take
S.choices = {
  reverse = { "deviation", "ratio" },
  text_actual = { "warn", "bands" },
}
S.execution = { name = "string", points = "number", denominator = "string" }
S.denominators = { "budget", "adjusted" }
S.severities = { "error", "warning", "info", "off" }
S.kinds = { "project", "department" }
S.kind_names = { project = "项目支出", department = "部门整体" }
S.overshoot = { threshold = "number", deduct = "boolean", ask = "boolean", source = "string" }

local F = {}          -- findings
local files = {}      -- { {path=, text=, lines=} } the author's own files, load order

-- A file's lines, split when first needed: only a finding (where) or a
-- file that may hold an alias key (alias_keys_in_source) needs them, and
-- a pack loads far more often than it has a finding.
local function lines_of(f)
  local lines = f.lines
  if lines then return lines end
  lines = {}
  local at, text = 1, f.text
  while at <= #text do
    local nl = text:find("\n", at, true) or #text + 1
    lines[#lines + 1] = text:sub(at, nl - 1)
    at = nl + 1
  end
  f.lines = lines
  return lines
end

local function sorted_keys(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = k end
  table.sort(ks)
  return ks
end

-- edit distance (bytes; keys are ASCII)
local function distance(a, b)
  local prev, cur = {}, {}
  for j = 0, #b do prev[j] = j end
  for i = 1, #a do
    cur = { [0] = i }
    for j = 1, #b do
      local c = (a:byte(i) == b:byte(j)) and 0 or 1
      cur[j] = math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + c)
    end
    prev = cur
  end
  return prev[#b]
end

local function nearest(key, known)
  if type(key) ~= "string" then return nil end
  local best, bd
  for _, k in ipairs(sorted_keys(known)) do
    local d = distance(key, k)
    if not bd or d < bd then best, bd = k, d end
  end
  if bd and bd <= math.max(2, #key // 3) then return best end
  return nil
end

-- The line where the author wrote one of these Lua patterns (comments
-- stripped).  The first file and line that match, or the main file.
local function where(patterns)
  for _, pat in ipairs(patterns) do
    for _, f in ipairs(files) do
      for i, l in ipairs(lines_of(f)) do
        local code = l:gsub("%-%-.*$", "")
        if code:find(pat) then return f.path, i end
      end
    end
  end
  return files[1] and files[1].path or nil, 0
end

local function key_pats(k)
  return { "%f[%w_]" .. k .. "%s*=%f[^=]", "%[%s*[\"']" .. k .. "[\"']%s*%]%s*=%f[^=]" }
end

local function add(pats, msg)
  local file, line = where(pats)
  F[#F + 1] = { file = file, line = line, msg = msg }
end

local function fmt(x)
  if math.type(x) == "integer" or x == math.floor(x) then return string.format("%d", x) end
  return (string.format("%.2f", x):gsub("0+$", ""):gsub("%.$", ""))
end

local function check_keys(t, known, where_name, hint)
  for _, k in ipairs(sorted_keys(t)) do
    local want = known[k]
    if not want then
      local near = nearest(k, known)
      local ks = tostring(k)
      add(key_pats(ks), string.format("%s 中没有字段 %s%s。%s", where_name, ks,
        near and ("（你是不是想写 " .. near .. "？）") or "", hint))
    elseif want == "function" and k == "grade" and type(t[k]) == "table" then
      add(key_pats(k), string.format("p.grade 是宿主调用的等级函数，不能写成表（你是不是想写 grades？）"
        .. "等级表写在 grades 里：{ {min=90, name=\"优\"}, … }"))
    elseif type(t[k]) ~= want then
      add(key_pats(tostring(k)), string.format("%s.%s 应当是 %s，现在是 %s", where_name, k,
        want, type(t[k])))
    end
  end
end

local function in_list(x, list)
  for _, v in ipairs(list) do if v == x then return true end end
  return false
end

-- level1 name or alias -> entry
local function level1_index(fw)
  local by, alias = {}, {}
  for _, l1 in ipairs(fw or {}) do
    if type(l1) == "table" and type(l1.name) == "string" then
      by[l1.name] = l1
      for _, a in ipairs(l1.aliases or {}) do alias[a] = l1.name end
    end
  end
  return by, alias
end

local function names_of(fw)
  local ns = {}
  for _, l1 in ipairs(fw or {}) do ns[#ns + 1] = tostring(l1.name) end
  return table.concat(ns, "、")
end

-- weights = { project = { ["产出指标"] = 40, ... } } and formulas.level1_shares:
-- keys must be level1 names, not aliases
local function check_weight_keys(p, t, label, kind)
  local fw = p.framework and p.framework[kind]
  local by, alias = level1_index(fw)
  for _, k in ipairs(sorted_keys(t)) do
    local v = t[k]
    local pats = { "%[%s*[\"']" .. tostring(k) .. "[\"']%s*%]%s*=" }
    if alias[k] then
      add(pats, string.format("%s 的键「%s」是别名，权重必须写在正式名称下：改为 [\"%s\"] = %s",
        label, k, alias[k], type(v) == "number" and fmt(v) or "…"))
    elseif not by[k] then
      add(pats, string.format("%s 的键「%s」不是%s框架中的一级指标。可用的一级指标：%s",
        label, tostring(k), S.kind_names[kind] or kind, names_of(fw)))
    elseif type(v) ~= "number" then
      add(pats, string.format("%s[\"%s\"] 应当是数字（分值）", label, k))
    end
  end
end

-- The lines of text that hold one of the words, in order, each once:
-- { {number, line}, ... }.  A plain search for each word, then the lines
-- around what it found: the text is not split into lines.
local function quoted_lines(text, words)
  local at = {}
  for _, w in ipairs(words) do
    local i = text:find(w, 1, true)
    while i do
      at[#at + 1] = i
      i = text:find(w, i + 1, true)
    end
  end
  table.sort(at)
  local out, line, from, last = {}, 1, 1, nil
  for _, p in ipairs(at) do
    local nl = text:find("\n", from, true)
    while nl and nl < p do
      line, from = line + 1, nl + 1
      nl = text:find("\n", from, true)
    end
    if line ~= last then
      out[#out + 1] = { line, text:sub(from, (nl or #text + 1) - 1) }
      last = line
    end
  end
  return out
end

-- Aliases written as string keys anywhere in the author's files: the
-- usual way a local weights table goes wrong (["产出"] = 40).
local function alias_keys_in_source(p)
  local out = {}
  for _, kind in ipairs(S.kinds) do
    local by, alias = level1_index(p.framework and p.framework[kind])
    for a, name in pairs(alias) do
      if not by[a] then out[a] = name end
    end
  end
  local said = {}   -- lines already reported (weights.project["产出"] itself)
  for _, x in ipairs(F) do said[tostring(x.file) .. ":" .. tostring(x.line)] = true end
  -- a key the pattern below captures stands between two quotes: only the
  -- lines with an alias written so ("产出", '产出', "产出' …) can have one
  local quoted = {}
  for a in pairs(out) do
    for _, q1 in ipairs({ "\"", "'" }) do
      for _, q2 in ipairs({ "\"", "'" }) do quoted[#quoted + 1] = q1 .. a .. q2 end
    end
  end
  for _, f in ipairs(files) do
    for _, c in ipairs(quoted_lines(f.text, quoted)) do
      local i, l = c[1], c[2]
      local code = l:gsub("%-%-.*$", "")
      if said[f.path .. ":" .. i] then code = "" end
      for key in code:gmatch("%[%s*[\"']([^\"']+)[\"']%s*%]%s*=%f[^=]") do
        if out[key] then
          F[#F + 1] = { file = f.path, line = i, msg = string.format(
            "键「%s」是一级指标 %s 的别名；按名称查找权重时它对不上，分值不会改。改为 [\"%s\"]",
            key, out[key], out[key]) }
        end
      end
    end
  end
end

local function check_sums(p)
  local fw = p.framework
  if type(fw) ~= "table" then return end
  for _, kind in ipairs(S.kinds) do
    local list = fw[kind]
    if type(list) == "table" and #list > 0 then
      local sum, parts, ok = 0, {}, true
      local names = {}
      for _, l1 in ipairs(list) do
        if type(l1) == "table" and l1.name ~= nil then names[l1.name] = true end
      end
      for i, l1 in ipairs(list) do
        if type(l1) == "table" and l1.points_of ~= nil and l1.points == nil then
          -- shares another 一级's points (成本指标 → 产出指标): no weight of its own
          if not names[l1.points_of] then
            add({ "points_of" }, string.format("framework.%s 第 %d 项（%s）的 points_of“%s”不是本框架的一级指标",
              kind, i, tostring(l1.name), tostring(l1.points_of)))
            ok = false
          end
        elseif type(l1) ~= "table" or type(l1.points) ~= "number" then
          add({ "framework" }, string.format("framework.%s 第 %d 项（%s）缺少数字 points（分值）",
            kind, i, type(l1) == "table" and tostring(l1.name) or "?"))
          ok = false
        else
          sum = sum + l1.points
          parts[#parts + 1] = string.format("%s %s", tostring(l1.name), fmt(l1.points))
        end
      end
      local ex = p.execution
      if kind == "project" and type(ex) == "table" and type(ex.points) == "number" then
        sum = sum + ex.points
        parts[#parts + 1] = string.format("%s %s", tostring(ex.name or "预算执行率"), fmt(ex.points))
      end
      if ok and math.abs(sum - 100) > 0.01 then
        add({ "%f[%w_]weights%s*=%f[^=]", "level1_shares%s*=", "%.points%s*=%f[^=]", "points%s*=%f[^=]",
              "execution" },
          string.format("%s的权重合计 %s（%s），应为 100。请调整 weights.%s%s，使合计为 100",
            S.kind_names[kind], fmt(sum), table.concat(parts, " + "), kind,
            kind == "project" and " 或 execution.points" or ""))
      end
    end
  end
end

local function check_grades(g)
  if type(g) ~= "table" then return end
  local pats = key_pats("grades")
  if #g == 0 then
    add(pats, "grades 是空表：写成 { {min=90, name=\"优\"}, {min=80, name=\"良\"}, … }，从高到低")
    return
  end
  local prev
  for i, e in ipairs(g) do
    if type(e) ~= "table" or type(e.min) ~= "number" then
      add(pats, string.format("grades 第 %d 项没有数字 min（该等级的最低分）：写成 { min = 75, name = \"%s\" }",
        i, type(e) == "table" and tostring(e.name or "良") or "良"))
      return
    end
    if type(e.name) ~= "string" then
      add(pats, string.format("grades 第 %d 项（min = %s）没有 name（等级名称，如 \"良\"）", i, fmt(e.min)))
    end
    if prev and e.min >= prev.min then
      add(pats, string.format("grades 必须从高到低排列：第 %d 项 min = %s 不低于第 %d 项 min = %s。"
        .. "把最高的等级写在最前面", i, fmt(e.min), i - 1, fmt(prev.min)))
      return
    end
    prev = e
  end
  if prev.min > 0 then
    add(pats, string.format("grades 的最后一项 min = %s：低于 %s 分的总分没有等级。最后一项写 min = 0",
      fmt(prev.min), fmt(prev.min)))
  end
end

local function check_bands(b)
  if type(b) ~= "table" then return end
  for _, k in ipairs(sorted_keys(b)) do
    local v = b[k]
    if not in_list(k, { "achieved", "partial", "failed" }) then
      add(key_pats(tostring(k)), string.format("bands 中没有档位 %s（只有 achieved、partial、failed）%s",
        tostring(k), nearest(k, { achieved = 1, partial = 1, failed = 1 })
          and ("，你是不是想写 " .. nearest(k, { achieved = 1, partial = 1, failed = 1 }) .. "？") or ""))
    elseif type(v) ~= "table" or type(v[1]) ~= "number" or type(v[2]) ~= "number"
        or v[1] < v[2] or v[2] < 0 or v[1] > 1 then
      add(key_pats(k), string.format("bands.%s 应写成 { 上限, 下限 }，0 ≤ 下限 ≤ 上限 ≤ 1（分值的比例，如 { 0.8, 0.6 }）", k))
    end
  end
end

local function check_formulas(fm)
  if type(fm) ~= "table" then return end
  check_keys(fm, S.formulas, "formulas", "公式参数见 docs/rules.md 3.4；本包自用的参数请放在 custom 表里")
  for k, names in pairs(S.choices) do
    local v = fm[k]
    if v ~= nil and not in_list(v, names) then
      local near
      for _, n in ipairs(names) do if distance(tostring(v), n) <= 2 then near = n end end
      add(key_pats(k), string.format("formulas.%s = \"%s\" 不是已知的公式%s。可选：%s",
        k, tostring(v), near and ("（你是不是想写 " .. near .. "？）") or "", table.concat(names, "、")))
    end
  end
  if type(fm.overshoot) == "table" then
    check_keys(fm.overshoot, S.overshoot, "formulas.overshoot", "可用：threshold、deduct、ask、source")
  end
end

local function check_checks(cs)
  if type(cs) ~= "table" then return end
  for i, c in ipairs(cs) do
    if type(c) ~= "table" or type(c.code) ~= "string" then
      add(key_pats("checks"), string.format("checks 第 %d 项没有 code（审核代码，如 \"my-check\"）", i))
    else
      if c.severity ~= nil and not in_list(c.severity, S.severities) then
        add({ "[\"']" .. c.code:gsub("%-", "%%-") .. "[\"']", "severity" },
          string.format("审核项 %s 的 severity = \"%s\" 无效，可选：error、warning、info、off",
            c.code, tostring(c.severity)))
      end
      if type(c.run) ~= "function" and c.impl == nil then
        add({ "[\"']" .. c.code:gsub("%-", "%%-") .. "[\"']" },
          string.format("审核项 %s 没有 run 函数：写 run = function(doc, report) … end", c.code))
      end
    end
  end
end

local function check_weights(p)
  local w = p.weights
  if type(w) ~= "table" then return end
  for _, k in ipairs(sorted_keys(w)) do
    if not in_list(k, S.kinds) then
      add(key_pats(tostring(k)), string.format("weights 中没有 %s（只有 project、department）", tostring(k)))
    elseif type(w[k]) == "table" then
      check_weight_keys(p, w[k], "weights." .. k, k)
    end
  end
end

local M = {}

-- ---- loading: a pack folder's files, merged, then bound ----

-- an array (or empty) table: replaced whole by a child, never merged
local function is_array(t) return rawlen(t) > 0 or next(t) == nil end

-- the item of an array of entries with this id (name or code)
local function find_item(list, id)
  for _, it in ipairs(list) do
    if type(it) == "table" and (rawget(it, "code") == id or rawget(it, "name") == id) then return it end
  end
  return nil
end

-- Merges a child's changes into the parent's copy.  Maps merge key by key;
-- arrays are replaced whole; a map given for an array of named entries
-- (checks by code, framework level1 by name) changes those entries:
--   checks = { ["funds-missing"] = { severity = "off" } }
local function merge(dst, src)
  for k, v in next, src do
    local d = rawget(dst, k)
    if type(v) == "table" and type(d) == "table" and not is_array(v) then
      if is_array(d) and rawlen(d) > 0 then
        for id, change in next, v do
          local it = find_item(d, id)
          if it and type(change) == "table" then merge(it, change)
          elseif type(change) == "table" then
            local n = {}
            for a, b in next, change do n[a] = b end
            if n.code == nil and n.name == nil then n.code = id end
            d[#d + 1] = n
          else rawset(dst, k, v) break end
        end
      else
        merge(d, v)
      end
    else
      rawset(dst, k, v)
    end
  end
end
M.merge = merge

-- What one file of a folder gave: nil (it edited base in place), base
-- itself, a bound pack, or a table of changes to merge into base.
function M.absorb(p, r)
  if r == nil or rawequal(r, p) then return p end
  if p == nil then return r end
  if type(r) == "table" and rawget(r, "bind") == nil and rawget(r, "lib") == nil then
    merge(p, r)
    -- weights given as data set the framework's points now
    local w, fw = rawget(r, "weights"), rawget(p, "framework")
    if type(w) == "table" and type(fw) == "table" then
      for kind, ws in pairs(w) do
        if type(ws) == "table" and type(fw[kind]) == "table" then
          for _, l1 in ipairs(fw[kind]) do
            if type(l1) == "table" and ws[l1.name] ~= nil then l1.points = ws[l1.name] end
          end
        end
      end
    end
    return p
  end
  return r
end

-- The host binds the pack itself: when the functions the host calls are
-- still the parent's (nobody called p.bind), bind now.
function M.autobind(p, score, grade, parent)
  if type(p) ~= "table" then return p end
  if parent and rawget(p, "extends") == nil then rawset(p, "extends", parent) end
  if type(rawget(p, "bind")) == "function" and rawequal(rawget(p, "score"), score)
      and rawequal(rawget(p, "grade"), grade) then
    return p.bind(p)
  end
  return p
end

-- columns: header name -> what the column holds (false removes a parent's name)
S.column_roles = { "level1", "level2", "level3", "target", "actual", "points", "score", "deviation",
  "operator", "unit", "value_type", "explanation", "note", "seq", "project", "code", "current", "previous" }

local function check_columns(cols)
  if type(cols) ~= "table" then return end
  for _, k in ipairs(sorted_keys(cols)) do
    local v = cols[k]
    if type(k) ~= "string" or k == "" or k == "*" then
      add({ "columns" }, string.format("columns 的键应当是表头名称（字符串），现在是 %s", tostring(k)))
    elseif v ~= false and not in_list(v, S.column_roles) then
      local near = type(v) == "string" and nearest(v, (function() local t = {} for _, r in ipairs(S.column_roles) do t[r] = true end return t end)()) or nil
      add({ "%[\"" .. k:gsub("%p", "%%%0") .. "\"%]", "columns" },
        string.format("columns[\"%s\"] = %s 不是列的用途%s。可选：%s；写 false 去掉上级包的这一项",
          k, type(v) == "string" and ("\"" .. v .. "\"") or tostring(v),
          near and ("（你是不是想写 " .. near .. "？）") or "", table.concat(S.column_roles, "、")))
    end
  end
end

function M.check(p, info)
  F = {}
  files = {}
  for _, f in ipairs(info.files or {}) do
    files[#files + 1] = { path = f.path, text = f.text }
  end
  check_keys(p, S.top, "规则包表",
    "规则包可以有的字段见 docs/rules.md 第 3 节；本包自用的数据请放在 custom 表里")
  if info.folder and type(p.name) == "string" and info.folder ~= p.name then
    add(key_pats("name"), string.format("文件夹名 %s 与 name = \"%s\" 不一致：--rules 按文件夹名查找，"
      .. "rules show 和评分结果显示 name。把两者改成一样", info.folder, p.name))
  end
  if type(p.execution) == "table" then
    check_keys(p.execution, S.execution, "execution", "可用：name、points、denominator")
    local d = p.execution.denominator
    if d ~= nil and not in_list(d, S.denominators) then
      add(key_pats("denominator"), string.format("execution.denominator = \"%s\" 无效，可选：budget（全年预算数）、adjusted（调整后预算数）", tostring(d)))
    end
  end
  for _, fn in ipairs({ "score", "grade" }) do
    if type(p[fn]) ~= "function" and not (fn == "grade" and type(p.grade) == "table") then
      add(key_pats(fn), string.format("规则包缺少 %s 函数：继承 national（extends = \"national\"）即有；"
        .. "不继承时自己写 %s = function(…) … end", fn, fn))
    end
  end
  check_grades(p.grades)
  check_bands(p.bands)
  check_formulas(p.formulas)
  check_checks(p.checks)
  check_weights(p)
  if type(p.formulas) == "table" and type(p.formulas.level1_shares) == "table" then
    check_weight_keys(p, p.formulas.level1_shares, "formulas.level1_shares", "project")
  end
  check_sums(p)
  check_columns(p.columns)
  alias_keys_in_source(p)
  return F
end

return M
