-- the child's require("scoring") finds its own file, not national's module
local s = require("scoring")
assert(s.mine == true, "require(\"scoring\") gave national's module")
base.custom = { own_scoring = true }
