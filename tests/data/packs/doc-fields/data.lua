-- doc-fields: one more check that writes out every field of the document
-- it is handed (docs/rules.md §3.3), in a fixed order, then changes the
-- document (the next document must not see that)
local function v(x)
  if x == nil then return "nil" end
  return tostring(x)
end

local function fields(doc)
  local out = { v(doc.source), v(doc.unit), v(doc.year), v(doc.project_spending) }
  for _, n in ipairs(doc.notes) do out[#out + 1] = v(n.line) .. "/" .. v(n.code) .. "/" .. v(n.message) end
  for _, t in ipairs(doc.tables) do
    out[#out + 1] = table.concat({ v(t.kind), v(t.layout), v(t.code), v(t.name), v(t.department),
      v(t.line), v(t.funds.total), v(t.funds.fiscal), v(t.funds.other) }, ",")
    for _, ind in ipairs(t.indicators) do
      local g = ind.target
      out[#out + 1] = table.concat({ v(ind.level1), v(ind.level2), v(ind.level3), v(ind.period),
        v(ind.explanation), v(ind.note), v(ind.line), v(ind.level2_inferred), v(ind.realigned),
        v(ind.split), v(g.raw), v(g.kind), v(g.damage), v(#g.thresholds) }, ",")
      for _, th in ipairs(g.thresholds) do
        out[#out + 1] = table.concat({ v(th.op), v(th.value), v(th.value_max), v(th.unit),
          v(th.implied), v(th.product), v(th.text), v(th.subject) }, ",")
      end
    end
  end
  return table.concat(out, "|")
end

return {
  name = "doc-fields",
  extends = "national",
  checks = {
    ["doc-fields"] = {
      severity = "info",
      description = "写出交给审核项的文档",
      run = function(doc, report)
        report(nil, nil, fields(doc))
        -- a check may change its document: names, kinds, thresholds
        local t = doc.tables[1]
        t.kind, t.layout = "changed", "changed"
        t.indicators[1].target.kind = "changed"
        t.indicators[1].target.thresholds[1].op = "changed"
        t.indicators[1].level1 = "changed"
      end,
    },
  },
}
