-- no-score: a pack without score()
return {
  name = "no-score",
  grade = function() return "优" end,
}
