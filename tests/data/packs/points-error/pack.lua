-- extends: national
-- points-error: national, but the 分值 of project tables fail
local p = base
p.name = "points-error"
p.extends = "national"
p = p.bind(p)
local pts = p.points
p.points = function(kind, ...)
  if kind == "project" then error("分值出错") end
  return pts(kind, ...)
end
return p
