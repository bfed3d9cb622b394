-- extends-field-only: sets the extends field without the first-line comment
return {
  name = "extends-field-only",
  extends = "national",
  score = function() return 1, "r", "e" end,
  grade = function() return "优" end,
}
