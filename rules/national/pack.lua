-- national/pack.lua：全国默认规则包的函数入口（财预〔2020〕10号）。
--
-- 宿主按 data → framework → checks → pack 的顺序加载本文件夹，把前三个文件的数据合并成
-- base 交给本文件。函数按用途分在几个文件里，这里用 require 载入、装配成 p.lib，再 bind：
--   data.lua         分析人员要改的数据：分值、等级、档位、公式选择（vocabulary.lua：定性词表）
--   framework.lua    指标框架与推断二级的关键词        checks.lua   审核项清单与审核词表
--   frame.lua        框架归位 frame、分值 points
--   scoring.lua      打分 score、预算执行率、等级
--   checks_impl.lua  审核项的实现
--   compile.lua      bind 时建查找表与缓存             common.lua   共用的小工具与缓存
--
-- Every function takes the pack table `p` as its first argument and reads
-- its data from there, so a child pack that changes the data gets the new
-- behaviour when the host binds it (p.bind(p)).

local P = base

-- 一级指标分值来自 data.lua 的 weights（子包用 weights 改分值时，宿主合并时即写入框架）
for kind, w in pairs(P.weights or {}) do
  for _, l1 in ipairs(P.framework[kind] or {}) do
    if w[l1.name] ~= nil then l1.points = w[l1.name] end
  end
end

local U = require("common")
require("frame")
require("scoring")
require("checks_impl")
local compile = require("compile")
local compiled = U.compiled
local L = U.lib

---------------------------------------------------------------------------
-- bind：把宿主调用的函数绑定到某个规则包表上
--   所有函数通过 p.lib 查找实现，所以子包可以替换 p.lib.score 等再 bind。
--   bind 同时重建本包的查找表（compile），所以必须在改完数据之后调用。
---------------------------------------------------------------------------
P.lib = L

function P.bind(p)
  -- weights 与框架中的分值保持一致（子包直接改 l1.points 的旧写法也一样）
  if type(p.weights) == "table" and type(p.framework) == "table" then
    for kind, list in pairs(p.framework) do
      local w = p.weights[kind]
      if type(w) == "table" then
        for _, l1 in ipairs(list) do w[l1.name] = l1.points end
      end
    end
  end
  compile(p)
  p.frame = function(...) return p.lib.frame(p, ...) end
  p.points = function(...) return p.lib.points(p, ...) end
  p.points_group = function(...) return p.lib.points_group(p, ...) end
  -- 分值按表（L.points_table）只替这两个函数按表计算：子包在 bind 之后换掉它们时宿主逐个调用
  compiled[p].points_bound, compiled[p].points_group_bound = p.points, p.points_group
  if p.lib.score == L.score then
    p.score = compiled[p].score_fn
  else
    p.score = function(...) return p.lib.score(p, ...) end
  end
  p.execution_score = function(...) return p.lib.execution_score(p, ...) end
  p.grade = function(...) return p.lib.grade(p, ...) end
  for _, c in ipairs(p.checks or {}) do
    local key = c.impl
    if type(key) == "string" then
      c.run = function(doc, report) return p.lib.check_impl[key](p, doc, report) end
    elseif type(key) == "function" then
      c.run = function(doc, report) return key(p, doc, report) end
    end
  end
  return p
end

return P.bind(P)
