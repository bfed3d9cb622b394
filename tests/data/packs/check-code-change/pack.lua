-- check-code-change: a check that drops its own code string from the pack
-- table (the only reference: the string is built at run time), makes the
-- collector run, then reports.  The host kept a pointer to that string
-- for the finding's code; it must have copied it.
local P = {
  name = "check-code-change",
  score = function() return 1, "r", "e" end,
  grade = function() return "优" end,
}
P.checks = {
  { code = table.concat({ "runtime", "-built", "-code" }), severity = "warning",
    description = "changes its own code",
    run = function(doc, report)
      P.checks[1].code = nil
      local keep = {}
      for i = 1, 300000 do keep[i] = { i } end -- several full collections
      report(nil, nil, "报告")
    end },
}
return P
