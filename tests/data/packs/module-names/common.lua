-- never required: national must not pick up a child's common.lua
error("module-names/common.lua 不应被 national 载入")
