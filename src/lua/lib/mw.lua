-- The core of the mw library: module execution with a fresh environment per #invoke,
-- require, mw.loadData, frames, and the small helpers (clone, log, dumpObject ...).
return function(G, private)
  local php = private.php
  local tostring = private.tostring
  local TIMEOUT = private.TIMEOUT
  local mw = {}
  local currentFrame
  local loadedData = {}

  -- A deep copy keeping metatables (tables seen twice are copied once).
  function mw.clone(value)
    local seen = {}
    local function copy(v)
      if type(v) ~= 'table' then return v end
      if seen[v] then return seen[v] end
      local out, keys = {}, {}
      seen[v] = out
      for k, x in private.rawPairs51(v) do
        local ck = copy(k)
        keys[#keys + 1] = ck
        out[ck] = copy(x)
      end
      private.filledInOrder(out, keys)
      return setmetatable(out, getmetatable(v))
    end
    return copy(value)
  end

  local function scriptError(key, ...)
    error({ scribunto = key, args = { ... } }, 0)
  end
  private.scriptError = scriptError

  -- Compiles a module's source (already rewritten for Lua 5.1 semantics by the host) for one
  -- environment; compiled chunks are kept as bytecode.
  local compiled = {}
  local function loadModule(name, env)
    local entry = compiled[name]
    if entry == nil then
      local page = php.getModuleSource(name)
      if page == nil then
        compiled[name] = false
        return nil
      end
      local chunk, err = load(page.text, '=' .. page.title, 't', G)
      if not chunk then
        compiled[name] = { err = err }
      else
        compiled[name] = { code = string.dump(chunk), title = page.title }
      end
      entry = compiled[name]
    end
    if entry == false then return nil end
    if entry.err then error(entry.err, 0) end
    return load(entry.code, '=' .. entry.title, 'b', env)
  end

  local builtin = { bit = 'bit', bit32 = 'bit32', libraryUtil = 'libraryUtil', strict = 'strict' }

  -- The package library of one environment: require finds Module: pages and built-ins.
  local function makePackage(env)
    local loaded = {}
    local loading = {}
    local package = { loaded = loaded, preload = {} }
    for _, name in ipairs({ 'string', 'table', 'math', 'os', 'mw' }) do loaded[name] = env[name] end
    loaded._G = env
    for _, name in ipairs({ 'text', 'ustring', 'html', 'title', 'site', 'uri', 'language', 'message', 'hash' }) do
      loaded['mw.' .. name] = env.mw and env.mw[name]
    end
    local function require(name)
      if type(name) ~= 'string' then
        error("bad argument #1 to 'require' (string expected, got " .. type(name) .. ')', 2)
      end
      if loaded[name] ~= nil then return loaded[name] end
      if package.preload[name] then
        loaded[name] = package.preload[name](name) or true
        return loaded[name]
      end
      if loading[name] then error('loop or previous error loading module \'' .. name .. '\'', 2) end
      local chunk
      if builtin[name] then
        chunk = load(private.builtinSources[builtin[name]], '=' .. name, 't', env)
      else
        chunk = loadModule(name, env)
      end
      if not chunk then error("module '" .. name .. "' not found", 2) end
      loading[name] = true
      local ok, result = pcall(chunk, name)
      loading[name] = nil
      if not ok then error(result, 0) end
      if result == nil then result = true end
      loaded[name] = result
      return result
    end
    env.package = package
    env.require = require
  end

  local function newEnv()
    local env = mw.clone(G)
    env._G = env
    makePackage(env)
    return env
  end

  -- Read-only views of loadData tables.
  local function readOnly(data, cache)
    cache = cache or {}
    if cache[data] then return cache[data] end
    local proxy = {}
    cache[data] = proxy
    setmetatable(proxy, {
      __index = function(_, k)
        local v = data[k]
        if type(v) == 'table' then return readOnly(v, cache) end
        return v
      end,
      __newindex = function() error('table from mw.loadData is read-only', 2) end,
      __pairs = function()
        local iter, state, key = private.rawPairs51(data)
        return function()
          local nk, nv = iter(state, key)
          key = nk
          if type(nv) == 'table' then nv = readOnly(nv, cache) end
          return nk, nv
        end, proxy, nil
      end,
      __len = function() return #data end,
      __metatable = false,
    })
    return proxy
  end

  local function checkData(v, seen)
    local t = type(v)
    if t == 'table' then
      if seen[v] then return end
      seen[v] = true
      if getmetatable(v) ~= nil then error('data for mw.loadData contains a table with a metatable', 0) end
      for k, x in next, v do checkData(k, seen) checkData(x, seen) end
    elseif t ~= 'nil' and t ~= 'boolean' and t ~= 'number' and t ~= 'string' then
      error('data for mw.loadData contains unsupported data type \'' .. t .. '\'', 0)
    end
  end

  function mw.loadData(name)
    if type(name) ~= 'string' then error("bad argument #1 to 'mw.loadData' (string expected)", 2) end
    local data = loadedData[name]
    if data == nil then
      local env = newEnv()
      local chunk = loadModule(name, env)
      if not chunk then error("module '" .. name .. "' not found", 2) end
      data = chunk(name)
      if type(data) ~= 'table' then error("Module " .. name .. " did not return a table", 2) end
      checkData(data, {})
      loadedData[name] = data
    end
    return readOnly(data)
  end

  function mw.loadJsonData(name)
    if type(name) ~= 'string' then error("bad argument #1 to 'mw.loadJsonData' (string expected)", 2) end
    local key = '\0json:' .. name
    local data = loadedData[key]
    if data == nil then
      local r = php.loadJsonData(name)
      if not r[1] then error(r[2], 2) end
      data = r[2]
      loadedData[key] = data
    end
    return readOnly(data)
  end

  -- Frames ----------------------------------------------------------------------------------
  local function argKey(k)
    if type(k) == 'number' then return tostring(k) end
    if type(k) ~= 'string' then error('frame argument names must be strings or numbers', 3) end
    return k
  end

  -- Flattens an args table into two lists of strings for the host.
  local function flattenArgs(args, what)
    local keys, values = {}, {}
    if args == nil then return keys, values end
    if type(args) ~= 'table' then error(what .. ': args must be a table', 3) end
    for k, v in pairs(args) do
      local tk, tv = type(k), type(v)
      if tk ~= 'string' and tk ~= 'number' then error(what .. ': invalid argument name type', 3) end
      if tv == 'number' then v = tostring(v)
      elseif tv ~= 'string' then
        if tv == 'boolean' or tv == 'nil' then error(what .. ': invalid type ' .. tv .. ' for arg \'' .. tostring(k) .. '\'', 3) end
        v = tostring(v)
      end
      keys[#keys + 1] = tostring(k)
      values[#values + 1] = v
    end
    return keys, values
  end
  private.flattenArgs = flattenArgs

  local newFrame
  local function newParserValue(frameId, text, isTemplate, title, keys, values)
    local value = {}
    function value:expand()
      if isTemplate then return php.expandTemplate(frameId, title, keys, values) end
      return php.preprocess(frameId, text)
    end
    return value
  end

  function newFrame(frameId, parentId)
    local frame = {}
    local args = setmetatable({}, {
      __index = function(t, k)
        local v = php.getArg(frameId, argKey(k))
        if v ~= nil then rawset(t, k, v) end
        return v
      end,
      -- The arguments came from PHP as one constructor, numbered then named; Scribunto
      -- iterated that table, so the order is Lua 5.1's for it.
      __pairs = function(t)
        local all = php.getAllArgs(frameId)
        local list, names = {}, {}
        for i = 1, #all.names do
          local name = all.names[i]
          local n = tonumber(name)
          if n and tostring(n) == name and n == math.floor(n) then name = n end
          names[#names + 1] = name
          list[name] = all.values[i]
        end
        return private.rawPairs51(private.constructedFrom(list, names))
      end,
    })
    frame.args = args

    function frame:getParent()
      if parentId == nil then return nil end
      return newFrame(parentId, nil)
    end
    function frame:getTitle() return php.getFrameTitle(frameId) end
    function frame:getArgument(opt)
      local name = type(opt) == 'table' and opt.name or opt
      local v = args[name]
      if v == nil then return nil end
      return { expand = function() return v end }
    end
    function frame:argumentPairs() return pairs(args) end
    function frame:newParserValue(opt)
      local text = type(opt) == 'table' and opt.text or opt
      return newParserValue(frameId, tostring(text))
    end
    function frame:newTemplateParserValue(opt)
      if type(opt) ~= 'table' then error('frame:newTemplateParserValue: the first parameter must be a table', 2) end
      if opt.title == nil then error('frame:newTemplateParserValue: a title is required', 2) end
      local keys, values = flattenArgs(opt.args, 'frame:newTemplateParserValue')
      return newParserValue(frameId, nil, true, tostring(opt.title), keys, values)
    end
    function frame:expandTemplate(opt)
      if type(opt) ~= 'table' then error('frame:expandTemplate: the first parameter must be a table', 2) end
      if opt.title == nil then error('frame:expandTemplate: a title is required', 2) end
      local keys, values = flattenArgs(opt.args, 'frame:expandTemplate')
      return private.checkHost(php.expandTemplate(frameId, tostring(opt.title), keys, values))
    end
    function frame:callParserFunction(name, ...)
      local fargs
      if type(name) == 'table' then
        fargs = name.args
        name = name.name
      elseif select('#', ...) == 1 and type((...)) == 'table' then
        fargs = ...
      else
        fargs = { ... }
      end
      if type(name) ~= 'string' then error('frame:callParserFunction: function name must be a string', 2) end
      if type(fargs) ~= 'table' then fargs = { fargs } end
      local keys, values = flattenArgs(fargs, 'frame:callParserFunction')
      return private.checkHost(php.callParserFunction(frameId, name, keys, values))
    end
    function frame:extensionTag(name, content, attrs)
      if type(name) == 'table' then
        content, attrs, name = name.content, name.args, name.name
      end
      if type(name) ~= 'string' then error('frame:extensionTag: tag name must be a string', 2) end
      local fargs = { content or '' }
      if type(attrs) == 'table' then
        for k, v in pairs(attrs) do
          if type(k) == 'string' then fargs[k] = v end
        end
      elseif attrs ~= nil then
        error('frame:extensionTag: invalid attributes', 2)
      end
      fargs[1] = name
      fargs[2] = content or ''
      local keys, values = flattenArgs(fargs, 'frame:extensionTag')
      return private.checkHost(php.callParserFunction(frameId, '#tag', keys, values))
    end
    function frame:preprocess(opt)
      local text = type(opt) == 'table' and opt.text or opt
      if type(text) == 'number' then text = tostring(text) end
      if type(text) ~= 'string' then error('frame:preprocess: text must be a string', 2) end
      return private.checkHost(php.preprocess(frameId, text))
    end
    function frame:newChild(opt)
      opt = opt or {}
      if type(opt) ~= 'table' then error('frame:newChild: the first parameter must be a table', 2) end
      local keys, values = flattenArgs(opt.args, 'frame:newChild')
      local id = private.checkHost(php.newChildFrame(frameId, opt.title and tostring(opt.title) or nil, keys, values))
      return newFrame(id, frameId)
    end
    function frame:getArgs() return args end
    return frame
  end

  -- Host calls answer {error = message} when they fail.
  function private.checkHost(result)
    if type(result) == 'table' and result.error then error(result.error, 3) end
    return result
  end

  function mw.getCurrentFrame()
    if currentFrame == nil then currentFrame = newFrame(php.currentFrameId(), nil) end
    return currentFrame
  end
  function mw.isSubsting() return php.isSubsting() end
  function mw.incrementExpensiveFunctionCount() private.checkHost(php.incrementExpensiveFunctionCount()) end
  function mw.addWarning(text) php.addWarning(tostring(text)) end

  function mw.allToString(...)
    local out = {}
    for i = 1, select('#', ...) do out[i] = tostring((select(i, ...))) end
    return table.concat(out, '\t')
  end

  -- A readable dump of a value, as mw.dumpObject prints it.
  function mw.dumpObject(object)
    local doneTable, doneObj, ct = {}, {}, {}
    local function sorter(a, b)
      local ta, tb = type(a), type(b)
      if ta ~= tb then return ta < tb end
      if ta == 'string' or ta == 'number' then return a < b end
      if ta == 'boolean' then return tostring(a) < tostring(b) end
      return false
    end
    local function dump(obj, indent)
      local t = type(obj)
      if t == 'string' then return string.format('%q', obj) end
      if t ~= 'table' then return tostring(obj) end
      if doneObj[obj] then return doneObj[obj] end
      ct[t] = (ct[t] or 0) + 1
      local name = string.format('%s#%d', t, ct[t])
      doneObj[obj] = name
      local parts = { name, ' {\n' }
      local seen = {}
      for i, v in ipairs(obj) do
        seen[i] = true
        parts[#parts + 1] = indent .. '  ' .. dump(v, indent .. '  ') .. ',\n'
      end
      local keys = {}
      for k in pairs(obj) do if not seen[k] then keys[#keys + 1] = k end end
      table.sort(keys, sorter)
      for _, k in ipairs(keys) do
        local ks = type(k) == 'string' and k:match('^[%a_][%w_]*$') and k or '[' .. dump(k, indent .. '  ') .. ']'
        parts[#parts + 1] = indent .. '  ' .. ks .. ' = ' .. dump(obj[k], indent .. '  ') .. ',\n'
      end
      local mt = getmetatable(obj)
      if mt then parts[#parts + 1] = indent .. '  metatable = ' .. dump(mt, indent .. '  ') .. '\n' end
      parts[#parts + 1] = indent .. '}'
      return table.concat(parts)
    end
    return dump(object, '')
  end

  local logBuffer = {}
  function mw.log(...) logBuffer[#logBuffer + 1] = mw.allToString(...) end
  function mw.logObject(object, prefix)
    if prefix and prefix ~= '' then mw.log(prefix .. ' = ' .. mw.dumpObject(object))
    else mw.log(mw.dumpObject(object)) end
  end

  -- Entry points for the host -----------------------------------------------------------------
  local entry = {}
  private.entry = entry

  local function errorInfo(e)
    if e == TIMEOUT then return { kind = 'timeout' } end
    if type(e) == 'table' and e.scribunto then return { kind = e.scribunto, args = e.args } end
    if type(e) == 'string' then return { kind = 'lua', message = e } end
    return { kind = 'lua', message = tostring(e), nonString = true }
  end

  -- Runs one #invoke: the module in a fresh environment, then the function with the frame.
  function entry.invoke(moduleName, functionName, frameId, parentId)
    local env = newEnv()
    local oldEnv, oldFrame = private.env, currentFrame
    private.env = env
    local trace
    local ok, result = xpcall(function()
      local chunk = loadModule(moduleName, env)
      if chunk == nil then scriptError('nosuchmodule', moduleName) end
      local exports = chunk()
      if exports == nil then scriptError('noreturn', moduleName) end
      if type(exports) ~= 'table' then scriptError('notarrayreturn', moduleName, type(exports)) end
      local fn = exports[functionName]
      if fn == nil then scriptError('nosuchfunction', functionName) end
      if type(fn) ~= 'function' then scriptError('notafunction', functionName) end
      currentFrame = newFrame(frameId, parentId)
      local results = table.pack(fn(currentFrame))
      local out = {}
      for i = 1, results.n do
        if results[i] == nil then break end
        out[i] = tostring(results[i])
      end
      return (table.concat(out):gsub('%z', '\239\191\189'))
    end, function(e)
      if e ~= TIMEOUT then trace = debug.traceback('', 2) end
      return e
    end)
    private.env, currentFrame = oldEnv, oldFrame
    if ok then return true, result end
    local info = errorInfo(result)
    info.trace = trace
    return false, info
  end

  return mw
end
