-- memory-hog: score() fills the memory cap with data it keeps (in an
-- upvalue), swallowing the out-of-memory error with pcall, and returns
-- normally; the host's next push must not fail outside a pcall
local hog
return {
  name = "memory-hog",
  score = function(kind, l1, l2, l3)
    if l3 == "占满内存" then
      for _, size in ipairs({ 65536, 4096, 256, 16, 1 }) do
        pcall(function()
          while true do hog = { hog, string.rep("h", size) } end
        end)
      end
    end
    return 1, "正常", "ok"
  end,
  grade = function() return "优" end,
}
