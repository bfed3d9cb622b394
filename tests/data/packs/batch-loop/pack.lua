-- extends: national
-- A broken regional pack for the batch tests: its score() never returns.
-- The host's instruction budget must stop it and fail only the documents
-- scored with it.
local p = base
p.name = "batch-loop"
p.extends = "national"
local b = p.bind(p)
b.score = function()
  local n = 0
  while true do n = n + 1 end
end
return b
