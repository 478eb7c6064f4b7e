-- mw.language: the content language (case mapping, numbers, dates, plurals by English rules).
return function(G, private, mw)
  local php, tostring, checkHost = private.php, private.tostring, private.checkHost
  local language = {}
  local methods = {}
  local mt = { __index = methods }

  function language.new(code)
    if type(code) ~= 'string' then error("bad argument #1 to 'mw.language.new' (string expected)", 2) end
    return setmetatable({ code = code:lower() }, mt)
  end
  language.getLanguage = language.new
  local content
  function language.getContentLanguage()
    content = content or language.new(php.languageCode())
    return content
  end
  function language.getFallbacksFor() return {} end
  function language.isKnownLanguageTag(code) return type(code) == 'string' and code:match('^[a-z][a-z0-9-]*$') ~= nil end
  language.isSupportedLanguage = language.isKnownLanguageTag
  language.isValidCode = function(code) return type(code) == 'string' and not code:find('[:/\\%%<>&\'"]') end
  language.isValidBuiltInCode = function(code) return type(code) == 'string' and code:match('^[a-z0-9-]+$') ~= nil end
  function language.fetchLanguageName(code) return code == 'en' and 'English' or '' end
  function language.fetchLanguageNames() return { en = 'English' } end

  function methods:getCode() return self.code end
  function methods:getFallbackLanguages() return {} end
  function methods:isRTL() return false end
  function methods:lc(s) return mw.ustring.lower(tostring(s)) end
  function methods:uc(s) return mw.ustring.upper(tostring(s)) end
  function methods:lcfirst(s)
    s = tostring(s)
    return mw.ustring.lower(mw.ustring.sub(s, 1, 1)) .. mw.ustring.sub(s, 2)
  end
  function methods:ucfirst(s)
    s = tostring(s)
    return mw.ustring.upper(mw.ustring.sub(s, 1, 1)) .. mw.ustring.sub(s, 2)
  end
  function methods:caseFold(s) return mw.ustring.lower(tostring(s)) end
  function methods:formatNum(n, options)
    local noCommafy = type(options) == 'table' and options.noCommafy
    return php.formatNum(n, noCommafy and true or false)
  end
  function methods:parseFormattedNumber(s) return php.parseFormattedNumber(tostring(s)) end
  function methods:formatDate(format, timestamp, localTime)
    return checkHost(php.formatDate(tostring(format), timestamp and tostring(timestamp) or '', localTime and true or false))
  end
  function methods:convertPlural(n, ...)
    local forms = select('#', ...) == 1 and type((...)) == 'table' and (...) or { ... }
    if #forms == 0 then return '' end
    local i = (tonumber(n) == 1) and 1 or 2
    return forms[i] or forms[#forms]
  end
  methods.plural = methods.convertPlural
  function methods:convertGrammar(word) return word end
  methods.grammar = methods.convertGrammar
  function methods:gender(what, ...)
    local forms = select('#', ...) == 1 and type((...)) == 'table' and (...) or { ... }
    return forms[3] or forms[1] or ''
  end
  function methods:formatDuration(seconds)
    seconds = tonumber(seconds) or 0
    local units = { { 'year', 31557600 }, { 'day', 86400 }, { 'hour', 3600 }, { 'minute', 60 }, { 'second', 1 } }
    local parts = {}
    for _, u in ipairs(units) do
      local v = math.floor(seconds / u[2])
      if v > 0 then
        parts[#parts + 1] = v .. ' ' .. u[1] .. (v == 1 and '' or 's')
        seconds = seconds - v * u[2]
      end
    end
    if #parts == 0 then return '0 seconds' end
    return mw.text.listToText(parts)
  end
  function methods:getDirMark() return '\226\128\142' end
  function methods:getDir() return 'ltr' end
  function methods:getArrow(direction) return direction == 'backwards' and '←' or '→' end

  return language
end
