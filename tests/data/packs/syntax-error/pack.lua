-- syntax-error: line 3 does not parse
return {
  name = = "syntax-error",
}
