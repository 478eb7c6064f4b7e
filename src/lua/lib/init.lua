-- Set-up of a Scribunto-compatible sandbox: builds the environment modules run in, loads the
-- mw.* libraries, and returns the entry points the host calls (invoke, ...).
-- `php` holds the host's callbacks; `sources` the library sources, by name.
local php, sources, TIMEOUT = kagami_php, kagami_sources, kagami_timeout
kagami_php, kagami_sources, kagami_timeout = nil, nil, nil

local private = { debug = debug, TIMEOUT = TIMEOUT, php = php, protected = {}, rewrite = php.rewriteSource }
local rawload = load

local function loadLibrary(name, env)
  local chunk, err = rawload(sources[name], '=' .. name, 't', env or _G)
  if not chunk then error(err) end
  return chunk()
end
private.loadLibrary = loadLibrary

-- The base environment: what Scribunto leaves of the standard library.
local G = {}
for _, name in ipairs({ 'assert', 'error', 'getmetatable', 'ipairs', 'next', 'pairs', 'pcall', 'rawequal',
  'rawget', 'rawset', 'select', 'setmetatable', 'tonumber', 'tostring', 'type', 'xpcall', 'rawlen' }) do
  G[name] = _G[name]
end
G._VERSION = 'Lua 5.1'
for _, lib in ipairs({ 'string', 'table', 'math' }) do
  local copy = {}
  for k, v in pairs(_G[lib]) do copy[k] = v end
  G[lib] = copy
end
G.string.dump = nil
G.math.randomseed = function(seed) math.randomseed(seed) end
G.os = { time = os.time, clock = os.clock, difftime = os.difftime,
  date = function(format, t)
    format = format or '%c'
    if format:sub(1, 1) ~= '!' then format = '!' .. format end
    return os.date(format, t)
  end }
G.debug = { traceback = debug.traceback }
G._G = G

function private.isProtected(f) return private.protected[f] == true end
private.currentEnv = function() return private.env or G end

loadLibrary('compat51')(G, private)
G.__concat51 = private.concatOperand
loadLibrary('table-order51')(G, private, loadLibrary('table-model51')())
loadLibrary('sort51')(G, private)
-- Strings index the environment's string library, as in Scribunto.
getmetatable('').__index = G.string
getmetatable('').__metatable = ''

local mw = loadLibrary('mw')(G, private)
G.mw = mw
mw.text = loadLibrary('mw.text')(G, private, mw)
mw.ustring = loadLibrary('mw.ustring')(G, private, mw)
mw.html = loadLibrary('mw.html')(G, private, mw)
mw.title = loadLibrary('mw.title')(G, private, mw)
mw.site = loadLibrary('mw.site')(G, private, mw)
mw.uri = loadLibrary('mw.uri')(G, private, mw)
mw.language = loadLibrary('mw.language')(G, private, mw)
mw.message = loadLibrary('mw.message')(G, private, mw)
mw.hash = loadLibrary('mw.hash')(G, private, mw)
private.builtinSources = sources

-- Library functions are protected from setfenv/getfenv.
local function protect(t, seen)
  seen = seen or {}
  if seen[t] then return end
  seen[t] = true
  for _, v in pairs(t) do
    if type(v) == 'function' then private.protected[v] = true
    elseif type(v) == 'table' then protect(v, seen) end
  end
end
protect(G)

return private.entry
