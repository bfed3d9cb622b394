-- helper.lua: not loaded; the schema check reads it as the author's text
-- ["产出"] = 1 in a comment is not a key
local a = { ['效益'] = 1, ["产出"] = 2 }
local s = "产出" -- ["产出"] = 3 after a comment mark
local b = { ["产出'] = 4 }
local c = { ["产出"] == 5 }
local d = { ["产出指标"] = 6, [ "效益" ]  = 7 }
local e = {["产出"]=8}