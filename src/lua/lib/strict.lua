-- strict: reading or assigning an undeclared global becomes an error.
local mt = getmetatable(_G) or {}
setmetatable(_G, mt)
mt.__newindex = function(t, k, v)
  error("assign to undeclared variable '" .. tostring(k) .. "'", 2)
end
mt.__index = function(t, k)
  error("variable '" .. tostring(k) .. "' is not declared", 2)
end
return nil
