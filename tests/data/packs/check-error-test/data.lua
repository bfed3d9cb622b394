-- check-error-test: a new check that fails at run time; `rules test`
-- must show the Lua message, not only the code rule-error
return {
  name = "check-error-test",
  extends = "national",
  checks = {
    ["my-check"] = { severity = "warning", description = "一个出错的审核项",
      run = function(doc, report)
        local t = doc.tables[1]
        return t.indicators[1].target.raw:len() + nil
      end },
  },
}
