-- extends: national
-- poison: tries to change the library tables every pack shares with the
-- host's helpers (jx.fmt, jx.contains) and with its parent national, one
-- attempt per indicator name; every attempt must fail for that call
-- only.  Any other name is scored by national, and "探针" reports what
-- the libraries and helpers do after the attempts.
local p = base
p.name = "poison"
p.extends = "national"
local b = p.bind(p)
local national_score = b.score
local attempts = {
  ["format"] = function() string.format = function() return "x" end end,
  ["rep"] = function() string.rep = nil end,
  ["metatable"] = function() getmetatable("").__index.x = 1 end,
  ["metatable-format"] = function() getmetatable("").__index.format = nil end,
  ["floor"] = function() math.floor = function() return 0 end end,
  ["concat"] = function() table.concat = nil end,
  ["utf8"] = function() utf8.char = nil end,
  ["jx"] = function() jx.fmt = function() return "x" end end,
  ["rawset"] = function() rawset(string, "format", function() return "x" end) end,
  ["rawset-jx"] = function() rawset(jx, "contains", function() return false end) end,
  ["setmetatable"] = function() setmetatable(string, { __index = function() return nil end }) end,
  ["setmetatable-math"] = function() setmetatable(math, {}) end,
}
b.score = function(kind, l1, l2, l3, ...)
  local f = attempts[l3]
  if f then
    f()
    return 1, "改库", "改动未被拒绝"
  end
  if l3 == "探针" then
    local n = 0
    for _ in pairs(string) do n = n + 1 end
    return 1, "探针", table.concat({
      jx.fmt(3.14159), string.format("%d", 7), ("ab"):rep(2), tostring(math.floor(2.5)),
      tostring(jx.contains("abc", "b")), tostring(n > 10),
      tostring(rawget(string, "format") == string.format), tostring(getmetatable(string)),
    }, "|")
  end
  return national_score(kind, l1, l2, l3, ...)
end
return b
