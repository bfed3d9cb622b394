-- check-one-fails: three checks; the middle one raises an error
return {
  name = "check-one-fails",
  score = function() return 1, "r", "e" end,
  grade = function() return "优" end,
  checks = {
    { code = "first", severity = "warning", description = "runs",
      run = function(doc, report) report(nil, nil, "第一项") end },
    { code = "broken", severity = "error", description = "fails",
      run = function(doc, report)
        local t = nil
        return t.x -- LINE 12
      end },
    { code = "third", severity = "info", description = "runs after",
      run = function(doc, report) report(nil, nil, "第三项") end },
    { code = "silenced", severity = "off", description = "never runs",
      run = function(doc, report) report(nil, nil, "不应出现") end },
  },
}
