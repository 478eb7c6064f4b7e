-- mw.uri: encoding and decoding, query strings, page URLs and a small URI object.
return function(G, private, mw)
  local php, tostring = private.php, private.tostring
  local uri = {}

  function uri.encode(s, enctype)
    s = tostring(s)
    enctype = enctype or 'QUERY'
    local keep = enctype == 'WIKI' and "[^%w%-%.%_~!%$%(%)%*,;@:/]" or "[^%w%-%.%_~]"
    if enctype == 'WIKI' then s = s:gsub(' ', '_') end
    s = s:gsub(keep, function(c)
      if c == ' ' and enctype == 'QUERY' then return '+' end
      return string.format('%%%02X', c:byte())
    end)
    return s
  end
  function uri.decode(s, enctype)
    s = tostring(s)
    enctype = enctype or 'QUERY'
    if enctype == 'QUERY' then s = s:gsub('%+', ' ') end
    s = s:gsub('%%(%x%x)', function(h) return string.char(tonumber(h, 16)) end)
    if enctype == 'WIKI' then s = s:gsub('_', ' ') end
    return s
  end
  function uri.anchorEncode(s) return php.anchorEncode(tostring(s)) end
  function uri.buildQueryString(t)
    local keys = {}
    for k in pairs(t) do keys[#keys + 1] = k end
    table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
    local parts = {}
    for _, k in ipairs(keys) do
      local v = t[k]
      if type(v) == 'table' then
        for _, x in ipairs(v) do parts[#parts + 1] = uri.encode(k) .. '=' .. uri.encode(x) end
      elseif v == false then parts[#parts + 1] = uri.encode(k)
      else parts[#parts + 1] = uri.encode(k) .. '=' .. uri.encode(v) end
    end
    return table.concat(parts, '&')
  end
  function uri.parseQueryString(s)
    local t = {}
    for pair in tostring(s):gmatch('[^&]+') do
      local k, v = pair:match('^([^=]*)=(.*)$')
      if k then t[uri.decode(k)] = uri.decode(v) else t[uri.decode(pair)] = false end
    end
    return t
  end
  local function query(q)
    if q == nil then return nil end
    if type(q) == 'table' then return uri.buildQueryString(q) end
    return tostring(q)
  end

  local uriMt = {}
  uriMt.__tostring = function(u)
    local s = ''
    if u.protocol then s = u.protocol .. ':' end
    if u.host then s = s .. '//' .. (u.userInfo and (u.userInfo .. '@') or '') .. u.host .. (u.port and (':' .. u.port) or '') end
    s = s .. (u.path or '')
    if u.query and next(u.query) then s = s .. '?' .. uri.buildQueryString(u.query) end
    if u.fragment then s = s .. '#' .. u.fragment end
    return s
  end
  uriMt.__index = {
    parse = function(u, s)
      s = tostring(s)
      local frag = s:match('#(.*)$')
      s = s:gsub('#.*$', '')
      local q = s:match('%?(.*)$')
      s = s:gsub('%?.*$', '')
      local proto, rest = s:match('^([%a][%w+.-]*):(.*)$')
      if proto then u.protocol = proto s = rest end
      local auth, path = s:match('^//([^/]*)(.*)$')
      if auth then
        local ui, hp = auth:match('^(.*)@(.*)$')
        if ui then u.userInfo = ui auth = hp end
        local host, port = auth:match('^(.*):(%d+)$')
        u.host = host or auth
        u.port = port and tonumber(port) or nil
        s = path
      end
      u.path = s
      u.query = q and uri.parseQueryString(q) or {}
      u.fragment = frag
      return u
    end,
    clone = function(u) return setmetatable(mw.clone(u), uriMt) end,
    extend = function(u, params) for k, v in pairs(params) do u.query[k] = v end return u end,
  }
  function uri.new(s)
    local u = setmetatable({ query = {} }, uriMt)
    if s then u:parse(s) end
    return u
  end
  local function pageUri(kind)
    return function(page, q)
      local url = php.uriPage(tostring(page), kind, query(q))
      return url and uri.new(url) or nil
    end
  end
  uri.localUrl = pageUri('local')
  uri.fullUrl = pageUri('full')
  uri.canonicalUrl = pageUri('canonical')
  function uri.validate() return true end
  return uri
end
