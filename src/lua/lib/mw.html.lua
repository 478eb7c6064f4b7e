-- mw.html: a builder for HTML elements (create, tag, attr, css, cssText, addClass, wikitext,
-- newline, node, done, allDone), printed as Scribunto prints it.
return function(G, private, mw)
  local tostring = private.tostring
  local html = {}
  local methods = {}
  local mt = { __index = methods }
  mt.__tostring = function(t) return t:_build({}) and table.concat(t:_build({})) end

  local selfClosing = { area = true, base = true, br = true, col = true, command = true, embed = true, hr = true,
    img = true, input = true, keygen = true, link = true, meta = true, param = true, source = true, track = true, wbr = true }

  -- Strip markers contain a double quote; they are left whole so the parser can unstrip them.
  local markerPrefix, markerSuffix = "\127'\"`UNIQ-", "-QINU`\"'\127"
  local function encoded(s) return (s:gsub('"', '&quot;'):gsub('%p', '%%%0')) end
  local encodedPrefix, encodedSuffix = encoded(markerPrefix), encoded(markerSuffix)
  local function escapeAttr(s)
    s = s:gsub('[&"<>]', { ['&'] = '&amp;', ['"'] = '&quot;', ['<'] = '&lt;', ['>'] = '&gt;' })
    if not s:find('\127', 1, true) then return s end
    return (s:gsub(encodedPrefix, (markerPrefix:gsub('%%', '%%%%'))):gsub(encodedSuffix, (markerSuffix:gsub('%%', '%%%%'))))
  end
  local function checkName(name, what)
    if type(name) ~= 'string' or name == '' or name:find('[%s"\'/<>=]') then
      error("invalid " .. what .. " name '" .. tostring(name) .. "'", 3)
    end
  end

  local function new(tagName, args)
    args = args or {}
    local node = setmetatable({ nodes = {}, attributes = {}, styles = {}, parent = args.parent,
      selfClosing = args.selfClosing }, mt)
    if tagName ~= nil then
      checkName(tagName, 'tag')
      node.tagName = tagName
      if selfClosing[tagName] and args.selfClosing == nil then node.selfClosing = true end
    end
    return node
  end

  function html.create(tagName, args)
    if tagName ~= nil and type(tagName) ~= 'string' then error("bad argument #1 to 'mw.html.create' (string expected)", 2) end
    return new(tagName, args)
  end

  local function attrIndex(t, name)
    for i, a in ipairs(t.attributes) do if a.name == name then return i end end
  end

  function methods:_build(out)
    if self.tagName then
      out[#out + 1] = '<' .. self.tagName
      for _, a in ipairs(self.attributes) do
        out[#out + 1] = ' ' .. a.name .. '="' .. escapeAttr(a.val) .. '"'
      end
      if #self.styles > 0 then
        local css = {}
        for _, s in ipairs(self.styles) do css[#css + 1] = s end
        out[#out + 1] = ' style="' .. escapeAttr(table.concat(css, ';')) .. '"'
      end
      if self.selfClosing then
        out[#out + 1] = ' />'
        return out
      end
      out[#out + 1] = '>'
    end
    for _, n in ipairs(self.nodes) do
      if type(n) == 'table' then n:_build(out) else out[#out + 1] = n end
    end
    if self.tagName then out[#out + 1] = '</' .. self.tagName .. '>' end
    return out
  end
  mt.__tostring = function(t) return table.concat(t:_build({})) end

  function methods:node(builder)
    if self.selfClosing then error('self-closing tags can\'t have child nodes', 2) end
    if builder ~= nil then
      if type(builder) == 'table' and getmetatable(builder) == mt then builder.parent = self end
      self.nodes[#self.nodes + 1] = type(builder) == 'table' and builder or tostring(builder)
    end
    return self
  end
  function methods:wikitext(...)
    for i = 1, select('#', ...) do
      local v = select(i, ...)
      if v == nil then break end
      if type(v) ~= 'string' and type(v) ~= 'number' then error("bad argument #" .. i .. " to 'wikitext' (string or number expected)", 2) end
      self:node(tostring(v))
    end
    return self
  end
  function methods:newline() return self:wikitext('\n') end
  function methods:tag(tagName, args)
    if type(tagName) ~= 'string' then error("bad argument #1 to 'tag' (string expected)", 2) end
    args = args or {}
    args.parent = self
    local node = new(tagName, args)
    self:node(node)
    return node
  end
  function methods:attr(name, val)
    if type(name) == 'table' then
      if val ~= nil then error('if the first argument to attr is a table, the second must be nil', 2) end
      for k, v in private.pairs51(name) do self:attr(k, v) end
      return self
    end
    checkName(name, 'attribute')
    if name == 'style' then
      self.styles = {}
      if val ~= nil then self:cssText(val) end
      return self
    end
    local i = attrIndex(self, name)
    if val == nil then
      if i then table.remove(self.attributes, i) end
    elseif i then self.attributes[i].val = tostring(val)
    else self.attributes[#self.attributes + 1] = { name = name, val = tostring(val) } end
    return self
  end
  function methods:getAttr(name)
    local i = attrIndex(self, name)
    return i and self.attributes[i].val or nil
  end
  function methods:addClass(class)
    if class == nil then return self end
    local i = attrIndex(self, 'class')
    if i then
      local existing = self.attributes[i].val
      for c in existing:gmatch('%S+') do if c == tostring(class) then return self end end
      self.attributes[i].val = existing .. ' ' .. tostring(class)
    else
      self.attributes[#self.attributes + 1] = { name = 'class', val = tostring(class) }
    end
    return self
  end
  function methods:css(name, val)
    if type(name) == 'table' then
      for k, v in private.pairs51(name) do self:css(k, v) end
      return self
    end
    name = tostring(name)
    local prefix = name .. ':'
    for i, s in ipairs(self.styles) do
      if s:sub(1, #prefix) == prefix then
        if val == nil then table.remove(self.styles, i) else self.styles[i] = prefix .. tostring(val) end
        return self
      end
    end
    if val ~= nil then self.styles[#self.styles + 1] = prefix .. tostring(val) end
    return self
  end
  function methods:cssText(css)
    if css ~= nil then
      css = tostring(css)
      for decl in css:gmatch('[^;]+') do
        local k, v = decl:match('^%s*(.-)%s*:%s*(.-)%s*$')
        if k and k ~= '' then self:css(k, v) end
      end
    end
    return self
  end
  function methods:done() return self.parent or self end
  function methods:allDone()
    local node = self
    while node.parent do node = node.parent end
    return node
  end

  return html
end
