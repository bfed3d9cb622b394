-- stale-report: a check keeps report() and score() calls it after
-- jx_engine_check has returned; report must then be inert
local saved
return {
  name = "stale-report",
  score = function()
    if saved then
      local ok, why = pcall(saved, nil, nil, "迟到的报告")
      return 1, "stale", ok and "called" or tostring(why)
    end
    return 1, "stale", "none"
  end,
  grade = function() return "优" end,
  checks = {
    { code = "keep", severity = "warning", description = "keeps report",
      run = function(doc, report) saved = report; report(nil, nil, "审核中") end },
  },
}
