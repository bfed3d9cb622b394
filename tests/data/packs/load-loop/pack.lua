-- load-loop: pack.lua itself never finishes loading
while true do end
return { name = "load-loop" }
