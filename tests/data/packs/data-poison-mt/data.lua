-- data-poison-mt: see framework.lua
return { name = "data-poison-mt", extends = "national" }
