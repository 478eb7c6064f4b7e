-- Lua 5.1 behaviour on a Lua 5.4 VM, for modules written for Scribunto: number printing,
-- removed functions (unpack, table.getn, setfenv, loadstring, math.mod, string.gfind ...),
-- lenient gsub replacement strings and string.format conversions.
return function(G, private)
  local type, select, error, rawget = type, select, error, rawget
  local math_type, tointeger, floor = math.type, math.tointeger, math.floor
  local sformat, sgsub, sgmatch, sfind = string.format, string.gsub, string.gmatch, string.find
  local tconcat, tinsert, tunpack = table.concat, table.insert, table.unpack
  local getmetatable, rawlen, next = getmetatable, rawlen, next
  local debug = private.debug
  local TIMEOUT = private.TIMEOUT

  -- Numbers print as Lua 5.1 printed doubles ("%.14g": 3 not 3.0, 1e+15).
  local function numberToString(n)
    if math_type(n) == 'integer' then
      if n > -100000000000000 and n < 100000000000000 then return sformat('%d', n) end
    end
    return sformat('%.14g', n)
  end
  private.numberToString = numberToString

  local rawtostring = tostring
  local function tostring51(v)
    local t = type(v)
    if t == 'number' then return numberToString(v) end
    if t == 'string' then return v end
    if t == 'table' or t == 'userdata' then
      local mt = getmetatable(v)
      if type(mt) == 'table' and rawget(mt, '__tostring') ~= nil then return rawtostring(v) end
      return t
    end
    if t == 'function' or t == 'thread' then return t end
    return rawtostring(v)
  end
  G.tostring = tostring51
  private.tostring = tostring51

  -- Operand conversion for the `..` operator (the source rewriter wraps numeric operands).
  function private.concatOperand(v)
    if type(v) == 'number' then return numberToString(v) end
    return v
  end

  -- string.format: integral floats format as integers; %d of a fraction truncates (5.1 casts);
  -- flags C ignores for a conversion (0 with %s, # with %d ...) are dropped, as 5.4 refuses them.
  local allowedFlags = { d = '-+0 ', i = '-+0 ', u = '-+0 ', c = '-', x = '-#0', X = '-#0', o = '-#0',
    e = '-+ #0', E = '-+ #0', f = '-+ #0', F = '-+ #0', g = '-+ #0', G = '-+ #0', a = '-+ #0', A = '-+ #0', s = '-', q = '' }
  local function format51(fmt, ...)
    local n = select('#', ...)
    local args = { ... }
    local i = 0
    fmt = sgsub(fmt, '%%([-+ #0]*)(%d*%.?%d*)(.?)', function(flags, width, spec)
      if spec == '%' and flags == '' and width == '' then return '%%' end
      i = i + 1
      local v = args[i]
      if type(v) == 'number' and math_type(v) == 'float' then
        if spec == 'd' or spec == 'i' or spec == 'x' or spec == 'X' or spec == 'o' or spec == 'c' or spec == 'u' then
          if v == v and v ~= 1/0 and v ~= -1/0 then
            local t = v >= 0 and floor(v) or -floor(-v)
            args[i] = tointeger(t) or t
          end
        elseif spec == 's' then
          args[i] = numberToString(v)
        end
      elseif spec == 's' and type(v) == 'number' then
        args[i] = numberToString(v)
      end
      local allowed = allowedFlags[spec]
      if allowed and flags ~= '' then
        flags = sgsub(flags, '.', function(f) return sfind(allowed, f, 1, true) and f or '' end)
      end
      if spec == 'u' then spec = 'd' end
      return '%' .. flags .. width .. spec
    end)
    return sformat(fmt, tunpack(args, 1, n))
  end
  G.string.format = format51

  -- table.concat prints numbers as 5.1 did.
  function G.table.concat(t, sep, i, j)
    i = i or 1
    j = j or #t
    for k = i, j do
      local v = t[k]
      if type(v) == 'number' and math_type(v) == 'float' then
        local copy = {}
        for m = i, j do
          local w = t[m]
          copy[m - i + 1] = type(w) == 'number' and numberToString(w) or w
        end
        return tconcat(copy, sep)
      end
    end
    return tconcat(t, sep, i, j)
  end

  -- table.insert at a position past the end was allowed in 5.1.
  function G.table.insert(t, ...)
    local n = select('#', ...)
    if n == 1 then
      t[#t + 1] = ...
      return
    elseif n ~= 2 then
      error("wrong number of arguments to 'insert'", 2)
    end
    local pos, v = ...
    local e = #t + 1
    if type(pos) ~= 'number' then error("bad argument #2 to 'insert' (number expected, got " .. type(pos) .. ')', 2) end
    if pos >= 1 and pos <= e then return tinsert(t, pos, v) end
    t[pos] = v
  end

  -- gsub: "%x" for a non-digit x stands for x in a 5.1 replacement string.
  local function fixReplacement(repl)
    if type(repl) == 'number' then return numberToString(repl) end
    if type(repl) ~= 'string' or not sfind(repl, '%', 1, true) then return repl end
    return (sgsub(repl, '%%(.?)', function(c)
      if c == '' then return '' end
      if sfind(c, '^[%d%%]') then return '%' .. c end
      return c
    end))
  end
  function G.string.gsub(s, pattern, repl, n)
    if type(s) == 'number' then s = numberToString(s) end
    return sgsub(s, pattern, fixReplacement(repl), n)
  end

  G.unpack = tunpack
  G.table.getn = function(t) return #t end
  G.table.setn = function() error("'setn' is obsolete", 2) end
  G.table.maxn = function(t)
    local max = 0
    for k in next, t do
      if type(k) == 'number' and k > max then max = k end
    end
    return max
  end
  G.string.gfind = G.string.gmatch
  G.math.mod = math.fmod
  G.math.pow = function(x, y) return x ^ y end
  G.math.log10 = function(x) return math.log(x, 10) end
  G.math.ldexp = function(m, e) return m * 2.0 ^ e end
  G.math.frexp = function(x)
    if x == 0 or x ~= x or x == 1/0 or x == -1/0 then return x, 0 end
    local e = floor(math.log(math.abs(x), 2)) + 1
    local m = x / 2.0 ^ e
    if math.abs(m) >= 1 then m, e = m / 2, e + 1 elseif math.abs(m) < 0.5 then m, e = m * 2, e - 1 end
    return m, e
  end
  G.math.cosh = function(x) return (math.exp(x) + math.exp(-x)) / 2 end
  G.math.sinh = function(x) return (math.exp(x) - math.exp(-x)) / 2 end
  G.math.tanh = function(x) local a, b = math.exp(x), math.exp(-x) return (a - b) / (a + b) end
  G.math.atan2 = function(y, x) return math.atan(y, x) end

  -- pcall and xpcall do not catch the CPU limit.
  local rawpcall, rawxpcall = pcall, xpcall
  local function rethrowTimeout(ok, ...)
    if not ok and (...) == TIMEOUT then error(TIMEOUT, 0) end
    return ok, ...
  end
  G.pcall = function(f, ...) return rethrowTimeout(rawpcall(f, ...)) end
  G.xpcall = function(f, handler, ...)
    return rethrowTimeout(rawxpcall(f, function(e)
      if e == TIMEOUT then return e end
      return handler(e)
    end, ...))
  end

  -- setfenv / getfenv on Lua functions (through their _ENV upvalue) and stack levels.
  local function envIndex(f)
    local i = 1
    while true do
      local name = debug.getupvalue(f, i)
      if name == '_ENV' then return i end
      if name == nil then return nil end
      i = i + 1
    end
  end
  local function resolve(f, level)
    if type(f) == 'number' then
      if f < 0 then error("bad argument #1 to '" .. level .. "' (level must be non-negative)", 3) end
      if f == 0 then return nil end
      local info = debug.getinfo(f + 2, 'f')
      if not info then error("bad argument #1 to '" .. level .. "' (invalid level)", 3) end
      return info.func
    end
    if f == nil then return debug.getinfo(3, 'f').func end
    if type(f) ~= 'function' then error("bad argument #1 to '" .. level .. "' (number expected, got " .. type(f) .. ')', 3) end
    return f
  end
  G.getfenv = function(f)
    local fn = resolve(f, 'getfenv')
    if fn == nil or private.isProtected(fn) then return private.currentEnv() end
    local i = envIndex(fn)
    if not i then return private.currentEnv() end
    local _, env = debug.getupvalue(fn, i)
    return env
  end
  G.setfenv = function(f, env)
    if type(env) ~= 'table' then error("bad argument #2 to 'setfenv' (table expected, got " .. type(env) .. ')', 2) end
    local fn = resolve(f, 'setfenv')
    if fn == nil or private.isProtected(fn) then error("'setfenv' cannot change environment of given object", 2) end
    local i = envIndex(fn)
    if i then debug.upvaluejoin(fn, i, function() return env end, 1) end
    return fn
  end

  -- load / loadstring: text chunks only, in the calling module's environment.
  local rawload = load
  local function loadText(chunk, name, env)
    if type(chunk) == 'function' then
      local parts = {}
      while true do
        local piece = chunk()
        if piece == nil or piece == '' then break end
        parts[#parts + 1] = piece
      end
      chunk = tconcat(parts)
    end
    if type(chunk) ~= 'string' then return nil, 'bad argument to load' end
    if chunk:byte(1) == 27 then return nil, 'attempt to load a binary chunk' end
    return rawload(private.rewrite(chunk), name or '=(load)', 't', env or private.currentEnv())
  end
  G.loadstring = function(s, name) return loadText(s, name) end
  G.load = function(chunk, name, _, env) return loadText(chunk, name, env) end
end
