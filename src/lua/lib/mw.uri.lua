-- mw.uri: encoding and decoding, query strings that keep their order, page URLs and URI
-- objects whose derived fields (userInfo, hostPort, authority, queryString, relativePath)
-- are computed on read and split on write.
return function(G, private, mw)
  local php, tostring = private.php, private.tostring
  local uri = {}

  local function percent(c) return string.format('%%%02X', c:byte()) end
  local function rawencode(s, space)
    return (s:gsub('[^A-Za-z0-9_.~-]', function(c) return c == ' ' and space or percent(c) end))
  end
  local function rawdecode(s)
    return (s:gsub('%%(%x%x)', function(h) return string.char(tonumber(h, 16)) end))
  end
  local function checkString(name, s)
    if type(s) == 'number' then return tostring(s) end
    if type(s) ~= 'string' then
      error("bad argument #1 to '" .. name .. "' (string expected, got " .. type(s) .. ')', 3)
    end
    return s
  end

  function uri.encode(s, enctype)
    s = checkString('encode', s)
    enctype = string.upper(enctype or 'QUERY')
    if enctype == 'QUERY' then return rawencode(s, '+') end
    if enctype == 'PATH' then return rawencode(s, '%20') end
    if enctype == 'WIKI' then
      return (s:gsub('[^A-Za-z0-9!$()*,./:;@~_-]', function(c) return c == ' ' and '_' or percent(c) end))
    end
    error("bad argument #2 to 'encode' (expected QUERY, PATH, or WIKI)", 2)
  end
  function uri.decode(s, enctype)
    s = checkString('decode', s)
    enctype = string.upper(enctype or 'QUERY')
    if enctype == 'QUERY' then return rawdecode((s:gsub('%+', ' '))) end
    if enctype == 'PATH' then return rawdecode(s) end
    if enctype == 'WIKI' then return rawdecode((s:gsub('_', ' '))) end
    error("bad argument #2 to 'decode' (expected QUERY, PATH, or WIKI)", 2)
  end
  function uri.anchorEncode(s) return php.anchorEncode(checkString('anchorEncode', s)) end

  -- A query table that iterates in the order its keys were first set.
  local function orderedQuery()
    local order = {}
    return setmetatable({}, {
      __newindex = function(t, k, v)
        for i = #order, 1, -1 do if order[i] == k then table.remove(order, i) end end
        order[#order + 1] = k
        rawset(t, k, v)
      end,
      __pairs = function(t)
        local i = 0
        return function()
          while i < #order do
            i = i + 1
            local k = order[i]
            if rawget(t, k) ~= nil then return k, rawget(t, k) end
          end
        end, t, nil
      end,
    })
  end

  function uri.parseQueryString(s, i, j)
    s = checkString('parseQueryString', s)
    s = string.sub(s, i or 1, j or -1):gsub('%+', ' '):gsub('^%?', '')
    local qs = orderedQuery()
    for pair in (s .. '&'):gmatch('([^&]*)&') do
      if pair ~= '' or #s > 0 then
        local eq = pair:find('=', 1, true)
        local k = rawdecode(eq and pair:sub(1, eq - 1) or pair)
        local v = eq and rawdecode(pair:sub(eq + 1)) or false
        local old = rawget(qs, k)
        if old == nil then qs[k] = v
        elseif type(old) == 'table' then old[#old + 1] = v
        else rawset(qs, k, { old, v }) end
      end
    end
    return qs
  end

  -- Keys of a plain table in a stable order (Lua gives no order; PHP saw insertion order).
  local function queryPairs(qs)
    local mt = getmetatable(qs)
    if mt and mt.__pairs then return pairs(qs) end
    local keys = {}
    for k in next, qs do keys[#keys + 1] = k end
    table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
    local i = 0
    return function()
      i = i + 1
      local k = keys[i]
      if k ~= nil then return k, qs[k] end
    end
  end

  function uri.buildQueryString(qs)
    if type(qs) ~= 'table' then error("bad argument #1 to 'buildQueryString' (table expected, got " .. type(qs) .. ')', 2) end
    local out = {}
    for k, v in queryPairs(qs) do
      local values = type(v) == 'table' and v or { v }
      for n = 1, #values do
        local x = values[n]
        out[#out + 1] = rawencode(tostring(k), '+') .. (x and ('=' .. rawencode(tostring(x), '+')) or '')
      end
    end
    return table.concat(out, '&')
  end

  local known = { protocol = true, user = true, password = true, host = true, port = true, path = true, query = true, fragment = true }
  local methods = {}
  local uriMt = {}
  local derived = {}

  function derived.userInfo(u)
    local user, password = rawget(u, 'user'), rawget(u, 'password')
    if user and password then return user .. ':' .. password end
    return user
  end
  function derived.hostPort(u)
    local host, port = rawget(u, 'host'), rawget(u, 'port')
    if port then return (host or '') .. ':' .. port end
    return host
  end
  function derived.authority(u)
    local info, hostPort = u.userInfo, u.hostPort
    if info then return info .. '@' .. (hostPort or '') end
    return hostPort
  end
  function derived.queryString(u)
    local q = rawget(u, 'query')
    return q and uri.buildQueryString(q) or nil
  end
  function derived.relativePath(u)
    local out = rawget(u, 'path') or ''
    local qs = u.queryString
    if qs then out = out .. '?' .. qs end
    local fragment = rawget(u, 'fragment')
    if fragment then out = out .. '#' .. fragment end
    return out
  end

  local setters = {}
  function setters.userInfo(u, value)
    local user, password
    if value then user, password = tostring(value):match('^([^:]*):(.*)$') user = user or tostring(value) end
    rawset(u, 'user', user)
    rawset(u, 'password', password)
  end
  function setters.hostPort(u, value)
    local host, port
    if value then
      value = tostring(value)
      host, port = value:match('^(%[[^/?#%[%]@]+%]):(%d+)$')
      host = host or value:match('^(%[[^/?#%[%]@]+%])$')
      if not host then
        local colon = value:find(':', 1, true)
        if colon then
          host, port = value:sub(1, colon - 1), value:sub(colon + 1)
          if not tonumber(port) then error("Invalid port in '" .. value .. "'", 3) end
        else
          host = value
        end
      end
    end
    rawset(u, 'host', host)
    rawset(u, 'port', port and tonumber(port) or nil)
  end
  function setters.authority(u, value)
    if value then
      local at = tostring(value):find('@', 1, true)
      setters.userInfo(u, at and value:sub(1, at - 1) or nil)
      setters.hostPort(u, at and value:sub(at + 1) or value)
    else
      setters.userInfo(u, nil)
      setters.hostPort(u, nil)
    end
  end
  function setters.queryString(u, value)
    rawset(u, 'query', value and uri.parseQueryString(tostring(value)) or nil)
  end
  function setters.relativePath(u, value)
    local path, query, fragment
    if value then
      value = tostring(value)
      path, fragment = value:match('^([^#]*)#(.*)$')
      path = path or value
      local p, q = path:match('^([^?]*)%?(.*)$')
      if p then path, query = p, uri.parseQueryString(q) end
    end
    rawset(u, 'path', path)
    rawset(u, 'query', query)
    rawset(u, 'fragment', fragment)
  end

  uriMt.__index = function(u, key)
    if methods[key] then return methods[key] end
    if derived[key] then return derived[key](u) end
  end
  uriMt.__newindex = function(u, key, value)
    if setters[key] then return setters[key](u, value) end
    if methods[key] then error("index '" .. key .. "' is read only", 2) end
    rawset(u, key, value)
  end
  uriMt.__tostring = function(u)
    local out = ''
    if u.protocol then out = u.protocol .. ':' end
    local authority = u.authority
    if authority then out = out .. '//' .. authority end
    return out .. u.relativePath
  end

  function uri.validate(u)
    local errors = {}
    local function check(field, pattern)
      local v = rawget(u, field)
      if v == nil then return end
      if type(v) ~= 'string' then errors[#errors + 1] = '.' .. field .. ' must be a string, not ' .. type(v)
      elseif pattern and not v:match(pattern) then errors[#errors + 1] = 'invalid .' .. field end
    end
    check('protocol', '^[^:/?#]+$')
    check('user', '^[^:@/?#]*$')
    check('password', '^[^:@/?#]*$')
    local host = rawget(u, 'host')
    if type(host) == 'string' and not (host:match('^[^:/?#]*$') or host:match('^%[[^/?#%[%]@]+%]$')) then
      errors[#errors + 1] = 'invalid .host'
    end
    local port = rawget(u, 'port')
    if port ~= nil and (type(port) ~= 'number' or port % 1 ~= 0 or port < 1 or port > 65535) then
      errors[#errors + 1] = 'invalid .port'
    end
    if rawget(u, 'path') == nil then errors[#errors + 1] = 'missing .path' else check('path') end
    if rawget(u, 'query') ~= nil and type(rawget(u, 'query')) ~= 'table' then errors[#errors + 1] = '.query must be a table' end
    check('fragment')
    return #errors == 0, table.concat(errors, '; ')
  end
  methods.validate = uri.validate

  function methods:parse(s)
    s = checkString('uri:parse', s)
    local protocol, authority, rest = s:match('^([^:/?#]+)://([^/?#]*)(.*)$')
    if not protocol then
      authority, rest = s:match('^//([^/?#]*)(.*)$')
      if not authority then
        protocol, rest = s:match('^([^:/?#]+):(.*)$')
        rest = rest or s
      end
    end
    local tmp = setmetatable({ protocol = protocol }, uriMt)
    if not pcall(setters.authority, tmp, authority) then error('Invalid port number in string', 2) end
    setters.relativePath(tmp, rest)
    local ok, err = uri.validate(tmp)
    if not ok then error(err, 2) end
    for field in pairs(known) do
      local v = rawget(tmp, field)
      if v ~= nil then rawset(self, field, v) end
    end
    if rawget(tmp, 'user') or rawget(tmp, 'password') then
      rawset(self, 'user', rawget(tmp, 'user'))
      rawset(self, 'password', rawget(tmp, 'password'))
    end
    return self
  end
  function methods:clone() return uri.new(self) end
  function methods:extend(params)
    local q = rawget(self, 'query')
    if not q then
      q = orderedQuery()
      rawset(self, 'query', q)
    end
    for k, v in pairs(params) do q[k] = v end
    return self
  end

  function uri.new(s)
    local u = setmetatable({}, uriMt)
    if type(s) == 'table' then
      for field in pairs(known) do rawset(u, field, rawget(s, field)) end
      if rawget(s, 'query') then
        local q = orderedQuery()
        for k, v in pairs(rawget(s, 'query')) do q[k] = type(v) == 'table' and mw.clone(v) or v end
        rawset(u, 'query', q)
      end
      return u
    end
    if s ~= nil and type(s) ~= 'string' then
      error("bad argument #1 to 'new' (string or table or nil expected, got " .. type(s) .. ')', 2)
    end
    return u:parse(s or php.uriPage(php.titleCurrent().prefixedText or '', 'full', nil))
  end

  local function pageUri(kind, name)
    return function(page, q)
      page = checkString(name, page)
      if q ~= nil and type(q) ~= 'string' and type(q) ~= 'table' then
        error("bad argument #2 to '" .. name .. "' (string or table expected, got " .. type(q) .. ')', 2)
      end
      local url = php.uriPage(page, kind, type(q) == 'table' and uri.buildQueryString(q) or q)
      return url and uri.new(url) or nil
    end
  end
  uri.localUrl = pageUri('local', 'localurl')
  uri.fullUrl = pageUri('full', 'fullurl')
  uri.canonicalUrl = pageUri('canonical', 'canonicalurl')
  return uri
end
