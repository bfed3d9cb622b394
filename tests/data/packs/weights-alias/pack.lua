-- extends: national
-- weights-alias: a local weights table keyed by an alias (产出), so 产出
-- keeps 50 and the total is 110
local p = base
p.name = "weights-alias"
p.extends = "national"
local weights = {
  ["产出"] = 40,
  ["效益指标"] = 30,
  ["满意度指标"] = 20,
}
for _, l1 in ipairs(p.framework.project) do
  if weights[l1.name] then l1.points = weights[l1.name] end
end
return p.bind(p)
