-- probe: score() reports what the sandbox lets a rule see
local names = { "io", "os", "debug", "package", "load", "loadstring", "dofile",
  "loadfile", "collectgarbage", "print", "require", "_G", "coroutine" }
return {
  name = "probe",
  score = function()
    local out = {}
    for _, n in ipairs(names) do
      local v = rawget(_ENV, n)
      out[#out + 1] = n .. "=" .. type(v)
    end
    out[#out + 1] = "string.dump=" .. type(string.dump)
    out[#out + 1] = "(\"\").dump=" .. type(("").dump)
    return 0, "probe", table.concat(out, " ")
  end,
  grade = function() return "优" end,
}
