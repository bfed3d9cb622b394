-- module-names: a child of national whose folder holds files named like
-- national's own modules (common.lua, scoring.lua).  national's pack.lua
-- must still load its own modules, and this pack's require must get its own.
return {
  name = "module-names",
  extends = "national",
}
