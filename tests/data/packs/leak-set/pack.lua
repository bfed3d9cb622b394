-- leak-set: writes globals (its own environment: allowed) and tries to
-- write the shared library tables (refused: they are read-only); another
-- engine must not see any of it.  score() reports what it wrote and
-- whether each library write was refused, as leak-get reports what it sees.
LEAKED = "yes"
local function try(f)
  local ok = pcall(f)
  return ok and "written" or "refused"
end
return {
  name = "leak-set",
  score = function()
    LEAKED_AT_SCORE = "yes"
    local s = try(function() string.leak = "yes" end)
    local j = try(function() jx.leak = "yes" end)
    local m = try(function() math.pi = 0 end)
    return 1, "leak", string.format("%s,%s,%s,%s,%s,%s", tostring(LEAKED),
      tostring(LEAKED_AT_SCORE), s, j, m, tostring(math.pi))
  end,
  grade = function() return "优" end,
}
