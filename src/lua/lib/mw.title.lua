-- mw.title: title objects with lazy fields (exists, content, redirect target) answered
-- by the host; comparison and concatenation as Scribunto defines them.
return function(G, private, mw)
  local php, tostring, checkHost = private.php, private.tostring, private.checkHost
  local title = {}
  local methods = {}
  local mt = {}

  local lazy = {
    exists = function(t) return checkHost(php.titleExists(t.fullPrefixed)) end,
    isRedirect = function(t) return php.titleRedirectTarget(t.fullPrefixed) ~= nil end,
    redirectTarget = function(t)
      local info = php.titleRedirectTarget(t.fullPrefixed)
      return info and title._make(info) or false
    end,
    id = function(t) return checkHost(php.titleExists(t.fullPrefixed)) and 1 or 0 end,
    contentModel = function(t) return t._info.contentModel end,
    talkPageTitle = function(t) return t._info.talkNs and title.makeTitle(t._info.talkNs, t.text) or nil end,
    subjectPageTitle = function(t) return title.makeTitle(t._info.subjectNs, t.text) end,
    basePageTitle = function(t) return title.makeTitle(t.namespace, t.baseText) end,
    rootPageTitle = function(t) return title.makeTitle(t.namespace, t.rootText) end,
    file = function(t) return false end,
    fileExists = function(t) return false end,
    protectionLevels = function() return {} end,
    cascadingProtection = function() return { restrictions = {}, sources = {} } end,
  }

  mt.__index = function(t, k)
    local f = lazy[k]
    if f then
      local v = f(t)
      rawset(t, k, v)
      return v
    end
    return methods[k]
  end
  mt.__tostring = function(t) return t.prefixedText end
  mt.__eq = function(a, b) return a.fullText == b.fullText end
  mt.__lt = function(a, b) return a.fullText < b.fullText end
  mt.__le = function(a, b) return a.fullText <= b.fullText end
  mt.__concat = function(a, b) return tostring(a) .. tostring(b) end

  function title._make(info)
    local t = {
      _info = info,
      namespace = info.namespace,
      nsText = info.nsText,
      text = info.text,
      fragment = info.fragment,
      interwiki = info.interwiki,
      prefixedText = info.prefixedText,
      isTalkPage = info.isTalkPage,
      isLocal = info.interwiki == '',
      isExternal = info.interwiki ~= '',
      isSpecialPage = info.namespace == -1,
      isContentPage = info.namespace == 0,
      canTalk = info.namespace >= 0,
      inContentLanguage = true,
    }
    t.fullText = info.fragment ~= '' and (info.prefixedText .. '#' .. info.fragment) or info.prefixedText
    t.fullPrefixed = t.fullText
    local text = info.text
    local slash = info.hasSubpages and text:find('/[^/]*$')
    t.isSubpage = slash ~= nil
    t.subpageText = slash and text:sub(slash + 1) or text
    t.baseText = slash and text:sub(1, slash - 1) or text
    local first = info.hasSubpages and text:find('/')
    t.rootText = first and text:sub(1, first - 1) or text
    t.subjectNsText = mw.site and mw.site.namespaces[info.subjectNs] and mw.site.namespaces[info.subjectNs].name or ''
    return setmetatable(t, mt)
  end

  function title.new(text, defaultNs)
    if type(text) == 'number' then
      return nil
    end
    if type(text) ~= 'string' then error("bad argument #1 to 'mw.title.new' (string expected, got " .. type(text) .. ')', 2) end
    local info = php.titleNew(text, defaultNs)
    return info and title._make(info) or nil
  end
  function title.makeTitle(ns, text, fragment, interwiki)
    if text == nil then return nil end
    local info = php.titleMake(ns, tostring(text), fragment, interwiki)
    return info and title._make(info) or nil
  end
  function title.getCurrentTitle() return title._make(php.titleCurrent()) end
  function title.equals(a, b) return a.fullText == b.fullText end
  function title.compare(a, b)
    if a.interwiki ~= b.interwiki then return a.interwiki < b.interwiki and -1 or 1 end
    if a.namespace ~= b.namespace then return a.namespace < b.namespace and -1 or 1 end
    if a.text ~= b.text then return a.text < b.text and -1 or 1 end
    return 0
  end

  function methods:inNamespace(ns)
    if type(ns) == 'string' then
      local info = mw.site.namespaces[ns]
      return info ~= nil and info.id == self.namespace
    end
    return self.namespace == ns
  end
  function methods:inNamespaces(...)
    for i = 1, select('#', ...) do if self:inNamespace((select(i, ...))) then return true end end
    return false
  end
  function methods:hasSubjectNamespace(ns) return self._info.subjectNs == (type(ns) == 'string' and mw.site.namespaces[ns] and mw.site.namespaces[ns].id or ns) end
  function methods:isSubpageOf(other)
    return self.interwiki == other.interwiki and self.namespace == other.namespace
      and self.text:sub(1, #other.text + 1) == other.text .. '/'
  end
  function methods:subPageTitle(text) return title.makeTitle(self.namespace, self.text .. '/' .. text) end
  function methods:partialUrl() return (mw.uri.encode(self.text, 'WIKI')) end
  local function query(q)
    if q == nil then return nil end
    if type(q) == 'table' then return mw.uri.buildQueryString(q) end
    return tostring(q)
  end
  function methods:fullUrl(q, proto) return php.titleUrl(self.fullText, 'full', query(q)) end
  function methods:localUrl(q) return php.titleUrl(self.fullText, 'local', query(q)) end
  function methods:canonicalUrl(q) return php.titleUrl(self.fullText, 'canonical', query(q)) end
  function methods:getContent() return php.titleContent(self.prefixedText) end

  return title
end
