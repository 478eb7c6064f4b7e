-- mw.ustring: the string library on UTF-8 code points. ASCII strings and patterns go to the
-- byte functions; anything else to the code-point matcher.
return function(G, private, mw)
  local php, tostring = private.php, private.tostring
  local P = private.loadLibrary('ustring-pattern')(private)
  P.upper = function(s) return php.ustringUpper(s) end
  P.lower = function(s) return php.ustringLower(s) end
  local S = G.string
  local ustring = { maxPatternLength = 10000, maxStringLength = 2097152 }

  local function isAscii(s) return not s:find('[\128-\255]') end

  local function checkString(name, s, n)
    local t = type(s)
    if t == 'string' then return s end
    if t == 'number' then return tostring(s) end
    error("bad argument #" .. (n or 1) .. " to '" .. name .. "' (string expected, got " .. t .. ')', 3)
  end

  local function decode(s)
    local cps, n = {}, 0
    local ok = pcall(function()
      for _, c in utf8.codes(s, true) do n = n + 1 cps[n] = c end
    end)
    if not ok then
      cps = { s:byte(1, -1) }
    end
    return cps
  end

  local function encode(cps, i, j)
    i, j = i or 1, j or #cps
    local parts = {}
    local k = i
    while k <= j do
      local e = math.min(j, k + 4000)
      parts[#parts + 1] = utf8.char(table.unpack(cps, k, e))
      k = e + 1
    end
    return table.concat(parts)
  end

  function ustring.isutf8(s) return utf8.len(checkString('isutf8', s)) ~= nil end
  function ustring.len(s)
    s = checkString('len', s)
    return utf8.len(s) or -1
  end
  function ustring.codepoint(s, i, j)
    s = checkString('codepoint', s)
    local cps = decode(s)
    local n = #cps
    i = i or 1
    if i < 0 then i = n + i + 1 end
    j = j or i
    if j < 0 then j = n + j + 1 end
    if i < 1 then i = 1 end
    if j > n then j = n end
    return table.unpack(cps, i, j)
  end
  function ustring.char(...)
    local n = select('#', ...)
    if n == 0 then return '' end
    for k = 1, n do
      local c = select(k, ...)
      if type(c) ~= 'number' or c < 0 or c > 0x10FFFF then error("bad argument #" .. k .. " to 'char' (value out of range)", 2) end
    end
    return utf8.char(...)
  end
  function ustring.sub(s, i, j)
    s = checkString('sub', s)
    i = i or 1
    j = j or -1
    if isAscii(s) then return s:sub(i, j) end
    local n = utf8.len(s)
    if not n then return s:sub(i, j) end
    if i < 0 then i = n + i + 1 end
    if j < 0 then j = n + j + 1 end
    if i < 1 then i = 1 end
    if j > n then j = n end
    if i > j then return '' end
    local bi = utf8.offset(s, i)
    local bj = (utf8.offset(s, j + 1) or (#s + 1)) - 1
    return s:sub(bi, bj)
  end
  function ustring.upper(s) return php.ustringUpper(checkString('upper', s)) end
  function ustring.lower(s) return php.ustringLower(checkString('lower', s)) end
  function ustring.toNFC(s) return php.ustringNormalize(checkString('toNFC', s), 'NFC') end
  function ustring.toNFD(s) return php.ustringNormalize(checkString('toNFD', s), 'NFD') end
  function ustring.toNFKC(s) return php.ustringNormalize(checkString('toNFKC', s), 'NFKC') end
  function ustring.toNFKD(s) return php.ustringNormalize(checkString('toNFKD', s), 'NFKD') end
  ustring.byte = S.byte
  ustring.format = S.format
  ustring.rep = S.rep
  function ustring.byteoffset(s, l, i)
    s = checkString('byteoffset', s)
    l = l or 1
    i = i or 1
    return utf8.offset(s, l, i)
  end
  function ustring.gcodepoint(s, i, j)
    local cps = { ustring.codepoint(s, i or 1, j or -1) }
    local k = 0
    return function() k = k + 1 return cps[k] end
  end

  local function captures(s, ms, i, e, wholeIfNone)
    local out = {}
    if ms.level == 0 then
      if wholeIfNone then out[1] = encode(s, i, e) end
      return out
    end
    for l = 1, ms.level do
      local cap = ms.capture[l]
      if cap.len == -2 then out[l] = cap.init
      else out[l] = encode(s, cap.init, cap.init + cap.len - 1) end
    end
    return out
  end

  local function normInit(init, n)
    init = init or 1
    if init < 0 then init = n + init + 1 end
    if init < 1 then init = 1 end
    return init
  end

  function ustring.find(s, pattern, init, plain)
    s = checkString('find', s)
    pattern = checkString('find', pattern, 2)
    if isAscii(s) and isAscii(pattern) then return S.find(s, pattern, init, plain) end
    local cs = decode(s)
    init = normInit(init, #cs)
    if init > #cs + 1 then return nil end
    if plain then
      local bi = utf8.offset(s, init) or (#s + 1)
      local a, b = S.find(s, pattern, bi, true)
      if not a then return nil end
      local ca = utf8.len(s, 1, a) or a
      return ca, ca + (utf8.len(pattern) or #pattern) - 1
    end
    local i, e, ms = P.find(cs, decode(pattern), init)
    if not i then return nil end
    return i, e, table.unpack(captures(cs, ms, i, e, false))
  end

  function ustring.match(s, pattern, init)
    s = checkString('match', s)
    pattern = checkString('match', pattern, 2)
    if isAscii(s) and isAscii(pattern) then return S.match(s, pattern, init) end
    local cs = decode(s)
    init = normInit(init, #cs)
    if init > #cs + 1 then return nil end
    local i, e, ms = P.find(cs, decode(pattern), init)
    if not i then return nil end
    return table.unpack(captures(cs, ms, i, e, true))
  end

  function ustring.gmatch(s, pattern)
    s = checkString('gmatch', s)
    pattern = checkString('gmatch', pattern, 2)
    if isAscii(s) and isAscii(pattern) then return S.gmatch(s, pattern) end
    local cs, cp = decode(s), decode(pattern)
    local pos = 1
    local lastEnd = nil
    return function()
      while pos <= #cs + 1 do
        local i, e, ms = P.find(cs, cp, pos, false)
        if not i then pos = #cs + 2 return nil end
        if e < i and lastEnd == e then
          pos = i + 1
        else
          pos = e >= i and e + 1 or i
          if e < i then pos = i + 1 end
          lastEnd = e
          return table.unpack(captures(cs, ms, i, e, true))
        end
      end
      return nil
    end
  end

  function ustring.gsub(s, pattern, repl, n)
    s = checkString('gsub', s)
    pattern = checkString('gsub', pattern, 2)
    local rt = type(repl)
    if rt == 'number' then repl = tostring(repl) rt = 'string' end
    if isAscii(s) and isAscii(pattern) and (rt ~= 'string' or isAscii(repl)) then return G.string.gsub(s, pattern, repl, n) end
    if rt ~= 'string' and rt ~= 'table' and rt ~= 'function' then
      error("bad argument #3 to 'gsub' (string/function/table expected, got " .. rt .. ')', 2)
    end
    local cs, cp = decode(s), decode(pattern)
    local anchor = cp[1] == 94
    local out = {}
    local pos, count = 1, 0
    local max = n or math.huge
    while count < max do
      local i, e, ms = P.find(cs, cp, pos)
      if not i or (anchor and i ~= 1) then break end
      count = count + 1
      local whole = encode(cs, i, e)
      local caps = captures(cs, ms, i, e, true)
      local value
      if rt == 'string' then
        value = S.gsub(repl, '%%(.)', function(c)
          if c == '0' then return whole end
          local d = tonumber(c)
          if d then
            local v = caps[d]
            if v == nil then error('invalid capture index %' .. c .. ' in replacement string', 0) end
            return tostring(v)
          end
          return c
        end)
      elseif rt == 'table' then
        value = repl[caps[1]]
      else
        value = repl(table.unpack(caps))
      end
      if value == nil or value == false then value = whole
      elseif type(value) == 'number' then value = tostring(value)
      elseif type(value) ~= 'string' then error('invalid replacement value (a ' .. type(value) .. ')', 2) end
      out[#out + 1] = encode(cs, pos, i - 1)
      out[#out + 1] = value
      if e >= i then pos = e + 1
      else
        if i <= #cs then out[#out + 1] = encode(cs, i, i) end
        pos = i + 1
      end
      if pos > #cs + 1 or anchor then break end
    end
    if pos <= #cs then out[#out + 1] = encode(cs, pos, #cs) end
    return table.concat(out), count
  end

  return ustring
end
