-- bad-tests: a clean pack whose tests.yaml has mistyped keys
return {
  name = "bad-tests",
  extends = "national",
}
