-- national/common.lua：各函数文件共用的小工具与缓存（pack.lua 用 require 载入）。
--
-- 速度：宿主对每个指标调用 score，对每份文件调用每个审核项的 run，所以这里的函数要快。
-- 做法有三：
--   * 纯函数按参数记忆（memo）：trim、数字格式化、名称的各种分类（含哪些词）只算一次，
--     缓存有上限（CACHE_MAX 个，满了清空重来）；
--   * 依赖规则包数据的查找表（一级/二级名称 → 框架项、词表 → 集合）在 bind 时由 compile(p)
--     （compile.lua）建好，存在 compiled[p] 里（不放进包表，所以不会被子包的 base 拷贝带走，
--     也不出现在 rules show 里）；
--   * 审核项共用一份“每文件预处理”（prep，见 checks_impl.lua）：每个指标的规范名称、分类只算一次。
-- 这些都不改变结果：缓存的都是纯函数的值。
--
-- lib 是规则包的函数库（pack.lua 里成为 p.lib）：frame.lua、scoring.lua、checks_impl.lua
-- 把各自的函数加进这同一张表，函数之间照常互相调用。

local U = {}
local L = {}   -- library: every function takes the pack first when it needs data
U.lib = L

local jx_fmt, jx_contains, jx_any = jx.fmt, jx.contains, jx.any

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

-- 依赖规则包数据的查找表：compiled[p]，由 compile.lua 的 compile(p) 建（U.compile 在那里设置）
local compiled = setmetatable({}, { __mode = "k" })

local function ctx(p) return compiled[p] or U.compile(p) end
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

U.memo, U.memo2, U.trim, U.trim_cache, U.clean_name = memo, memo2, trim, trim_cache, clean_name
U.has, U.has_any, U.in_list, U.set_of, U.clamp, U.ends_with = has, has_any, in_list, set_of, clamp, ends_with
U.F, U.F_cache, U.has_cost, U.has_cost_cache, U.has_star = F, F_cache, has_cost, has_cost_cache, has_star
U.compiled, U.ctx = compiled, ctx

return U
