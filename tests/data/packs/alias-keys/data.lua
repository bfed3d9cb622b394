-- alias-keys: a pack whose helper file (never required) writes weights
-- under aliases of 一级 names in several ways; lint reports each line
return {
  name = "alias-keys",
  extends = "national",
}
