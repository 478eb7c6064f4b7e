-- libraryUtil: argument checks used by Scribunto's libraries and by many modules.
local util = {}
local function typeName(v) return type(v) end
function util.checkType(name, argIdx, arg, expectType, nilOk)
  if arg == nil and nilOk then return end
  if type(arg) ~= expectType then
    error(string.format("bad argument #%d to '%s' (%s expected, got %s)", argIdx, name, expectType, typeName(arg)), 3)
  end
end
function util.checkTypeMulti(name, argIdx, arg, expectTypes)
  local t = type(arg)
  for _, e in ipairs(expectTypes) do if t == e then return end end
  local n = #expectTypes
  local list = n > 1 and table.concat(expectTypes, ', ', 1, n - 1) .. ' or ' .. expectTypes[n] or expectTypes[1]
  error(string.format("bad argument #%d to '%s' (%s expected, got %s)", argIdx, name, list, t), 3)
end
function util.checkTypeForIndex(index, value, expectType)
  if type(value) ~= expectType then
    error(string.format("value for index '%s' must be %s, %s given", index, expectType, type(value)), 3)
  end
end
function util.checkTypeForNamedArg(name, argName, arg, expectType, nilOk)
  if arg == nil and nilOk then return end
  if type(arg) ~= expectType then
    error(string.format("bad named argument %s to '%s' (%s expected, got %s)", argName, name, expectType, type(arg)), 3)
  end
end
function util.makeCheckSelfFunction(libraryName, varName, selfObj, selfObjDesc)
  return function(self, method)
    if self ~= selfObj then
      error(string.format("%s: invalid %s. Did you call %s with a dot instead of a colon, i.e. %s.%s() instead of %s:%s()?",
        libraryName, selfObjDesc, method, varName, method, varName, method), 3)
    end
  end
end
return util
