-- extends: national
-- weights-90: 产出40/效益30/满意度10 + 执行率10 = 90, not 100
local p = base
p.name = "weights-90"
p.extends = "national"
for _, l1 in ipairs(p.framework.project) do
  if l1.name == "产出指标" then l1.points = 40 end
end
return p.bind(p)
