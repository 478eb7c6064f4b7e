-- Lua patterns over code points, for mw.ustring: the matcher works on arrays of code
-- points, so "." is one character and sets may hold any character.
return function(private)
  local M = {}
  local L_ESC = 37 -- '%'
  local SPECIALS = '^$*+?.([%-'

  -- Class membership from the generated range tables (loaded at first use), memoised
  -- per code point.
  local classes
  local memo = {}
  local function inClass(name, c)
    local known = memo[name]
    if known == nil then
      classes = classes or private.loadLibrary('unicode-classes')
      known = {}
      memo[name] = known
    end
    local hit = known[c]
    if hit ~= nil then return hit end
    local ranges = classes[name]
    local lo, hi = 1, #ranges // 2
    hit = false
    while lo <= hi do
      local mid = (lo + hi) // 2
      if c < ranges[2 * mid - 1] then hi = mid - 1
      elseif c > ranges[2 * mid] then lo = mid + 1
      else hit = true break end
    end
    known[c] = hit
    return hit
  end

  local classNames = { [97] = 'a', [99] = 'c', [100] = 'd', [108] = 'l', [112] = 'p', [115] = 's', [117] = 'u', [119] = 'w', [120] = 'x' }

  local function classMatches(cl, c)
    local lower = cl >= 97 and cl <= 122
    local k = lower and cl or cl + 32
    local res
    local name = classNames[k]
    if name then res = inClass(name, c)
    elseif k == 122 then res = c == 0
    else return cl == c end
    if not lower then return not res end
    return res
  end

  -- p: pattern code points; pi: index of '['; ep: index of the closing ']'
  local function setMatches(p, c, pi, ep)
    local negate = false
    pi = pi + 1
    if p[pi] == 94 then negate = true pi = pi + 1 end
    while pi < ep do
      if p[pi] == L_ESC then
        pi = pi + 1
        if classMatches(p[pi], c) then return not negate end
        pi = pi + 1
      elseif p[pi + 1] == 45 and pi + 2 < ep then
        if p[pi] <= c and c <= p[pi + 2] then return not negate end
        pi = pi + 3
      else
        if p[pi] == c then return not negate end
        pi = pi + 1
      end
    end
    return negate
  end

  local function classEnd(p, pi, plen)
    local c = p[pi]
    pi = pi + 1
    if c == L_ESC then
      if pi > plen then error('malformed pattern (ends with \'%\')', 0) end
      return pi + 1
    elseif c == 91 then
      if p[pi] == 94 then pi = pi + 1 end
      repeat
        if pi > plen then error('malformed pattern (missing \']\')', 0) end
        local cc = p[pi]
        pi = pi + 1
        if cc == L_ESC then pi = pi + 1 end
      until p[pi] == 93
      return pi + 1
    end
    return pi
  end

  local function singleMatch(ms, si, pi, ep)
    if si > ms.slen then return false end
    local c = ms.s[si]
    local pc = ms.p[pi]
    if pc == 46 then return true
    elseif pc == L_ESC then return classMatches(ms.p[pi + 1], c)
    elseif pc == 91 then return setMatches(ms.p, c, pi, ep - 1)
    end
    return pc == c
  end

  local match

  local function captureToClose(ms)
    local level = ms.level
    while level > 0 do
      if ms.capture[level].len == -1 then return level end
      level = level - 1
    end
    error('invalid pattern capture', 0)
  end

  local function maxExpand(ms, si, pi, ep)
    local i = 0
    while singleMatch(ms, si + i, pi, ep) do i = i + 1 end
    while i >= 0 do
      local r = match(ms, si + i, ep + 1)
      if r then return r end
      i = i - 1
    end
    return nil
  end

  local function minExpand(ms, si, pi, ep)
    while true do
      local r = match(ms, si, ep + 1)
      if r then return r end
      if singleMatch(ms, si, pi, ep) then si = si + 1 else return nil end
    end
  end

  local function startCapture(ms, si, pi, what)
    ms.level = ms.level + 1
    ms.capture[ms.level] = { init = si, len = what }
    local r = match(ms, si, pi)
    if not r then ms.level = ms.level - 1 end
    return r
  end

  local function endCapture(ms, si, pi)
    local l = captureToClose(ms)
    ms.capture[l].len = si - ms.capture[l].init
    local r = match(ms, si, pi)
    if not r then ms.capture[l].len = -1 end
    return r
  end

  local function matchBalance(ms, si, pi)
    local b, e = ms.p[pi], ms.p[pi + 1]
    if not e then error('missing arguments to \'%b\'', 0) end
    if ms.s[si] ~= b then return nil end
    local cont = 1
    local i = si + 1
    while i <= ms.slen do
      local c = ms.s[i]
      if c == e then
        cont = cont - 1
        if cont == 0 then return i + 1 end
      elseif c == b then cont = cont + 1 end
      i = i + 1
    end
    return nil
  end

  local function matchCapture(ms, si, l)
    l = l - 48
    local cap = ms.capture[l]
    if not cap or cap.len == -1 then error('invalid capture index', 0) end
    for k = 0, cap.len - 1 do
      if ms.s[si + k] ~= ms.s[cap.init + k] then return nil end
    end
    return si + cap.len
  end

  function match(ms, si, pi)
    ms.depth = ms.depth + 1
    if ms.depth > 200 then error('pattern too complex', 0) end
    local plen = ms.plen
    while true do
      if pi > plen then ms.depth = ms.depth - 1 return si end
      local pc = ms.p[pi]
      if pc == 40 then
        local r
        if ms.p[pi + 1] == 41 then r = startCapture(ms, si, pi + 2, -2)
        else r = startCapture(ms, si, pi + 1, -1) end
        ms.depth = ms.depth - 1
        return r
      elseif pc == 41 then
        local r = endCapture(ms, si, pi + 1)
        ms.depth = ms.depth - 1
        return r
      elseif pc == 36 and pi == plen then
        ms.depth = ms.depth - 1
        if si == ms.slen + 1 then return si end
        return nil
      elseif pc == L_ESC and ms.p[pi + 1] == 98 then
        si = matchBalance(ms, si, pi + 2)
        if not si then ms.depth = ms.depth - 1 return nil end
        pi = pi + 4
      elseif pc == L_ESC and ms.p[pi + 1] == 102 then
        pi = pi + 2
        if ms.p[pi] ~= 91 then error('missing \'[\' after \'%f\' in pattern', 0) end
        local ep = classEnd(ms.p, pi, plen)
        local prev = si > 1 and ms.s[si - 1] or 0
        local cur = si <= ms.slen and ms.s[si] or 0
        if setMatches(ms.p, prev, pi, ep - 1) or not setMatches(ms.p, cur, pi, ep - 1) then
          ms.depth = ms.depth - 1
          return nil
        end
        pi = ep
      elseif pc == L_ESC and ms.p[pi + 1] and ms.p[pi + 1] >= 48 and ms.p[pi + 1] <= 57 then
        si = matchCapture(ms, si, ms.p[pi + 1])
        if not si then ms.depth = ms.depth - 1 return nil end
        pi = pi + 2
      else
        local ep = classEnd(ms.p, pi, plen)
        local epc = ms.p[ep]
        if epc == 63 then
          if singleMatch(ms, si, pi, ep) then
            local r = match(ms, si + 1, ep + 1)
            if r then ms.depth = ms.depth - 1 return r end
          end
          pi = ep + 1
        elseif epc == 43 then
          local r = singleMatch(ms, si, pi, ep) and maxExpand(ms, si + 1, pi, ep) or nil
          ms.depth = ms.depth - 1
          return r
        elseif epc == 42 then
          local r = maxExpand(ms, si, pi, ep)
          ms.depth = ms.depth - 1
          return r
        elseif epc == 45 then
          local r = minExpand(ms, si, pi, ep)
          ms.depth = ms.depth - 1
          return r
        else
          if not singleMatch(ms, si, pi, ep) then ms.depth = ms.depth - 1 return nil end
          si = si + 1
          pi = ep
        end
      end
    end
  end

  -- Finds pattern p (code points) in s (code points) from init; returns start, end, captures.
  function M.find(s, p, init, anchorAllowed)
    local pi = 1
    local anchor = false
    if p[1] == 94 and anchorAllowed ~= false then anchor = true pi = 2 end
    local ms = { s = s, p = p, slen = #s, plen = #p, level = 0, capture = {}, depth = 0 }
    local si = init
    repeat
      ms.level = 0
      ms.depth = 0
      local e = match(ms, si, pi)
      if e then return si, e - 1, ms end
      si = si + 1
    until anchor or si > ms.slen + 1
    return nil
  end

  M.specials = SPECIALS
  return M
end
