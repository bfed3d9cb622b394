-- national/compile.lua：bind 时为一个规则包建查找表与记忆缓存（compile(p)）。
-- 只读取包数据、不修改；只依赖包数据，所以子包改了数据再 bind 即生效。
-- 打分、框架归位、审核都查这些表（common.lua 的 ctx(p)），而不是每次遍历词表。

local U = require("common")
local frame = require("frame")
local scoring = require("scoring")
local checks_impl = require("checks_impl")
local compiled, memo, memo2 = U.compiled, U.memo, U.memo2
local trim, clean_name, has, has_any, in_list, set_of = U.trim, U.clean_name, U.has, U.has_any, U.in_list, U.set_of
local standard_place_raw = frame.standard_place_raw
local band_of_raw, find_step_raw, find_tiers_raw = scoring.band_of_raw, scoring.find_step_raw, scoring.find_tiers_raw
local make_score = scoring.make_score
local placeholder_names = checks_impl.placeholder_names

local compile
compile = function(p)
  local K = {}
  compiled[p] = K
  local f = p.formulas or {}

  K.find_level1 = memo2(function(kind, name)        -- -> 框架项或 false
    name = clean_name(name)
    if name == "" then return false end
    for _, l1 in ipairs(p.framework[kind] or {}) do
      if l1.name == name or in_list(name, l1.aliases) then return l1 end
    end
    return false
  end)
  K.find_level2 = memo2(function(kind, name)        -- -> { 二级, 一级 } 或 false
    name = clean_name(name)
    if name == "" then return false end
    for _, l1 in ipairs(p.framework[kind] or {}) do
      for _, l2 in ipairs(l1.level2 or {}) do
        if l2.name == name or in_list(name, l2.aliases) then return { l2, l1 } end
      end
    end
    return false
  end)
  -- 审核用：表中写的一级/二级名称 -> 规范名称（框架外的名称去掉“（50分）”原样保留；空为 ""）
  K.level1_of, K.level1_cache = memo2(function(kind, name)
    local l1 = K.find_level1(kind, name)
    return l1 and l1.name or clean_name(name)
  end)
  K.level2_of, K.level2_cache = memo2(function(kind, name)
    local e = K.find_level2(kind, name)
    return e and e[1].name or clean_name(name)
  end)
  K.standard_place, K.standard_place_cache = memo2(function(kind, level3)   -- -> { 二级, 一级 } 或 false
    local l2, l1 = standard_place_raw(p, kind, level3)
    return l2 and { l2, l1 } or false
  end)
  K.ordered = {}                                      -- infer_level2 的候选顺序
  K.find_step = memo2(function(kind, name3) return find_step_raw(p, kind, name3) or false end)
  K.find_tiers = memo2(function(kind, name3) return find_tiers_raw(p, kind, name3) or false end)
  K.band, K.band_cache = memo(function(text) return band_of_raw(p, text) or false end)
  K.m = 10 ^ (p.round or 2)                           -- round_k：jx.round(x, p.round or 2)
  -- score 用：三级名称（原文）-> { name3=, step=, tiers=, change= }
  local score_class_of
  K.score_class, score_class_of = memo2(function(kind, level3)
    local name3 = trim(level3)
    return { name3 = name3, step = K.find_step(kind, name3), tiers = K.find_tiers(kind, name3),
             change = K.info(name3).change }
  end)
  K.score_class_caches = { project = score_class_of("project"), department = score_class_of("department") }
  K.bandinfo = {}

  -- 三级名称（trim 后）的分类，审核与打分共用
  local placeholder = set_of(placeholder_names)
  K.info, K.info_cache = memo(function(name3)
    return {
      change = has_any(name3, f.change_rate),            -- 变动率
      cost = has_any(name3, f.cost_words),               -- 成本/费用/经费
      count = has_any(name3, f.count_words),             -- 计数
      growth = has_any(name3, f.growth_words),           -- 增长率等
      saving = has_any(name3, f.saving_words),           -- 节约率等
      negative_count = has_any(name3, f.negative_count_words),
      operator_named = has_any(name3, f.operator_name_words),
      satisfaction = has_any(name3, f.satisfaction_words or { "满意" }),
      rate = has(name3, "率"),
      satisfaction_du = has(name3, "满意度"),
      rate_suffix = name3:find("率$") ~= nil and not has(name3, "满意"),
      placeholder = placeholder[name3] == true,
    }
  end)

  K.money = set_of(f.money_units)
  K.count_unit = set_of(f.count_units)
  K.target_ok = set_of(p.target_words)
  for _, w in ipairs((p.vocabulary or {}).achieved or {}) do K.target_ok[w] = true end
  K.covered = {}
  for _, c in ipairs(p.checks or {}) do if c.code ~= "parser-note" then K.covered[c.code] = true end end
  for _, code in ipairs(f.covered_notes or {}) do K.covered[code] = true end
  K.score_fn = make_score(p, K)
  return K
end

U.compile = compile
return compile
