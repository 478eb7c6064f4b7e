-- mw.message: messages from a small built-in catalogue, with $1 parameters.
return function(G, private, mw)
  local tostring = private.tostring
  local message = {}
  local catalogue = {
    ['scribunto-common-nofunction'] = 'Script error: You must specify a function to call.',
    ['scribunto-common-nosuchfunction'] = 'Script error: The function "$1" does not exist.',
    ['scribunto-common-nosuchmodule'] = 'Script error: No such module "$1".',
    ['comma-separator'] = ', ', ['word-separator'] = ' ', ['and'] = ' and ',
    ['colon-separator'] = ': ', ['pipe-separator'] = ' | ', ['parentheses'] = '($1)',
    ['brackets'] = '[$1]', ['ellipsis'] = '…', ['percent'] = '$1%',
  }
  local methods = {}
  local mt = { __index = methods, __tostring = function(m) return m:plain() end }

  function message.new(key, ...)
    if type(key) ~= 'string' and type(key) ~= 'table' then error("bad argument #1 to 'message.new' (string expected)", 2) end
    return setmetatable({ keys = type(key) == 'table' and key or { key }, params = { ... }, raw = nil }, mt)
  end
  message.newFallbackSequence = function(...) return message.new({ ... }) end
  function message.newRawMessage(text, ...) local m = message.new('', ...) m.raw = text return m end
  function message.rawParam(v) return { raw = v } end
  function message.numParam(v) return { num = v } end
  function message.getDefaultLanguage() return mw.language.getContentLanguage() end

  function methods:params(...)
    local list = select('#', ...) == 1 and type((...)) == 'table' and not (...).raw and (...) or { ... }
    for _, p in ipairs(list) do self.params[#self.params + 1] = p end
    return self
  end
  methods.rawParams = methods.params
  methods.numParams = methods.params
  function methods:inLanguage() return self end
  function methods:useDatabase() return self end
  function methods:exists()
    if self.raw then return true end
    for _, k in ipairs(self.keys) do if catalogue[k] then return true end end
    return false
  end
  function methods:isBlank() return not self:exists() or self:plain() == '' end
  function methods:isDisabled() return self:isBlank() or self:plain() == '-' end
  function methods:plain()
    local text = self.raw
    if not text then
      for _, k in ipairs(self.keys) do text = text or catalogue[k] end
    end
    if not text then return '⧼' .. tostring(self.keys[1]) .. '⧽' end
    return (text:gsub('%$(%d+)', function(d)
      local p = self.params[tonumber(d)]
      if type(p) == 'table' then p = p.raw or p.num end
      return p ~= nil and tostring(p) or '$' .. d
    end))
  end
  methods.text = methods.plain
  methods.parse = methods.plain
  function methods:escaped() return mw.text.encode(self:plain()) end
  return message
end
