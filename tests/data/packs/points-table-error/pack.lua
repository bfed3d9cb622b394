-- extends: national
-- points-table-error: national with a 分值 table entry that fails: the
-- host drops the table's one call and asks points one indicator at a
-- time, so the 分值 are national's and no error is reported
-- (tests/test_score.c, points/table_entry_*).
local p = base
p.name = "points-table-error"
p.extends = "national"
p.lib.points_table = function(pk, points, points_group)
  return nil, function() error("分值表入口出错") end
end
return p.bind(p)
