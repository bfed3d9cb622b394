-- no-grade: a pack without grade()
return {
  name = "no-grade",
  score = function() return 1, "r", "e" end,
}
