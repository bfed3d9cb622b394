-- meta-pack: the pack table has an __index that raises; the host reads
-- fields of the pack table (name, round, frame…): never outside protected mode
return setmetatable({
  name = "meta-pack",
  score = function() return 1, "正常", "ok" end,
  grade = function() return "优" end,
}, { __index = function(t, k) error("__index " .. tostring(k)) end })
