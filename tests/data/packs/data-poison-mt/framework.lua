-- data-poison-mt: framework.lua tries to change what method calls on
-- strings reach, through the string metatable (a read-only stand-in)
getmetatable("").__index = { rep = function() return "x" end }
return nil
