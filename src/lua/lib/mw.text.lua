-- mw.text: trimming, splitting, HTML and wikitext escaping, JSON, strip markers.
return function(G, private, mw)
  local php, tostring = private.php, private.tostring
  local text = {}

  function text.trim(s, charset)
    charset = charset or '\t\r\n\f '
    s = tostring(s)
    return (s:gsub('^[' .. charset .. ']*(.-)[' .. charset .. ']*$', '%1'))
  end

  local htmlEncodeMap = { ['<'] = '&lt;', ['>'] = '&gt;', ['&'] = '&amp;', ['"'] = '&quot;', ["'"] = '&#039;', ['\194\160'] = '&nbsp;' }
  function text.encode(s, charset)
    charset = charset or '<>&"\'\194\160'
    s = tostring(s)
    if charset == '<>&"\'\194\160' then
      return (s:gsub('[<>&"\']', htmlEncodeMap):gsub('\194\160', '&nbsp;'))
    end
    return (mw.ustring.gsub(s, '[' .. charset .. ']', function(c)
      return htmlEncodeMap[c] or ('&#' .. mw.ustring.codepoint(c) .. ';')
    end))
  end

  local named = { lt = '<', gt = '>', amp = '&', quot = '"', apos = "'", nbsp = '\194\160' }
  function text.decode(s, decodeNamedEntities)
    s = tostring(s)
    s = s:gsub('&#[xX](%x+);', function(h) local n = tonumber(h, 16) return n and n < 0x110000 and utf8.char(n) or nil end)
    s = s:gsub('&#(%d+);', function(d) local n = tonumber(d) return n and n < 0x110000 and utf8.char(n) or nil end)
    s = s:gsub('&(%a+);', function(name) return named[name] end)
    return s
  end

  local nowikiMap = {
    ['"'] = '&#34;', ['&'] = '&#38;', ["'"] = '&#39;', ['<'] = '&#60;', ['='] = '&#61;', ['>'] = '&#62;',
    ['['] = '&#91;', [']'] = '&#93;', ['{'] = '&#123;', ['|'] = '&#124;', ['}'] = '&#125;',
  }
  function text.nowiki(s)
    s = tostring(s):gsub('["&\'<=>%[%]{|}]', nowikiMap)
    s = s:gsub('^([#*:; ])', function(c) return '&#' .. c:byte() .. ';' end)
    s = s:gsub('\n([#*:; ])', function(c) return '\n&#' .. c:byte() .. ';' end)
    s = s:gsub('^%-%-%-%-', '&#45;---'):gsub('\n%-%-%-%-', '\n&#45;---')
    s = s:gsub('^\n', '&#10;'):gsub('\n\n', '\n&#10;'):gsub('\r', '&#13;')
    s = s:gsub('__', '_&#95;')
    s = s:gsub('://', '&#58;//')
    for _, word in ipairs({ 'ISBN', 'RFC', 'PMID' }) do
      s = s:gsub(word .. '(%s)', function(c) return word .. '&#' .. c:byte() .. ';' end)
    end
    s = s:gsub('~~~', '~~&#126;')
    return s
  end

  function text.split(s, pattern, plain)
    local out = {}
    for piece in text.gsplit(s, pattern, plain) do out[#out + 1] = piece end
    return out
  end

  function text.gsplit(s, pattern, plain)
    s = tostring(s)
    local ustring = mw.ustring
    local start, len = 1, #s
    local done = false
    return function()
      if done then return nil end
      local i, j = ustring.find(s, pattern, start, plain)
      if i == nil or start > len then
        done = true
        return s:sub(start)
      end
      -- byte offsets of the match (find returns code point offsets)
      local bi = utf8.offset(s, i) or (len + 1)
      local bj = (utf8.offset(s, j + 1) or (len + 1)) - 1
      if bj < bi then
        -- empty match: split after the next character
        local nextChar = utf8.offset(s, 2, start) or (len + 1)
        if nextChar > len then done = true return s:sub(start) end
        local piece = s:sub(start, nextChar - 1)
        start = nextChar
        return piece
      end
      local piece = s:sub(start, bi - 1)
      start = bj + 1
      return piece
    end
  end

  function text.listToText(list, separator, conjunction)
    separator = separator or ', '
    conjunction = conjunction or ' and '
    local n = #list
    if n == 0 then return '' end
    if n == 1 then return tostring(list[1]) end
    local parts = {}
    for i = 1, n - 1 do parts[i] = tostring(list[i]) end
    return table.concat(parts, separator) .. conjunction .. tostring(list[n])
  end

  function text.truncate(s, length, ellipsis, adjustLength)
    s = tostring(s)
    ellipsis = ellipsis or '…'
    local ulen = mw.ustring.len(s)
    if length == nil or math.abs(length) >= ulen then return s end
    if adjustLength then
      length = length >= 0 and length - mw.ustring.len(ellipsis) or length + mw.ustring.len(ellipsis)
      if length == 0 or math.abs(length) >= ulen then return ellipsis end
    end
    if length >= 0 then return mw.ustring.sub(s, 1, length) .. ellipsis end
    return ellipsis .. mw.ustring.sub(s, length)
  end

  function text.tag(name, attrs, content)
    if type(name) == 'table' then name, attrs, content = name.name, name.attrs, name.content end
    local out = { '<', name }
    if attrs then
      local keys = {}
      for k in pairs(attrs) do keys[#keys + 1] = k end
      table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
      for _, k in ipairs(keys) do
        local v = attrs[k]
        if v == true then out[#out + 1] = ' ' .. k
        elseif v ~= false then out[#out + 1] = ' ' .. k .. '="' .. text.encode(tostring(v)) .. '"' end
      end
    end
    if content == false or content == nil then
      out[#out + 1] = content == false and ' />' or '>'
      return table.concat(out)
    end
    out[#out + 1] = '>' .. tostring(content) .. '</' .. name .. '>'
    return table.concat(out)
  end

  text.JSON_PRESERVE_KEYS, text.JSON_TRY_FIXING, text.JSON_PRETTY = 1, 2, 4
  function text.jsonEncode(value, flags)
    local r = php.jsonEncode(value, flags or 0)
    if not r[1] then error(r[2], 2) end
    return r[2]
  end
  function text.jsonDecode(s, flags)
    local r = php.jsonDecode(tostring(s), flags or 0)
    if not r[1] then error(r[2], 2) end
    return r[2]
  end

  function text.killMarkers(s) return php.killMarkers(tostring(s)) end
  function text.unstripNoWiki(s) return php.unstripNoWiki(tostring(s)) end
  function text.unstrip(s) return php.unstrip(tostring(s)) end

  return text
end
