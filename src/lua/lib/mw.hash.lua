-- mw.hash: the non-cryptographic FNV hashes (fnv132, fnv1a32) and the list of algorithms.
return function(G, private, mw)
  local hash = {}
  local function fnv(s, a)
    local h = 0x811c9dc5
    for i = 1, #s do
      local b = s:byte(i)
      if a then h = ((h ~ b) * 0x01000193) & 0xffffffff
      else h = ((h * 0x01000193) & 0xffffffff) ~ b end
    end
    return string.format('%08x', h)
  end
  local algos = { fnv132 = function(s) return fnv(s, false) end, fnv1a32 = function(s) return fnv(s, true) end }
  function hash.hashValue(algo, value)
    local f = algos[algo]
    if not f then error("bad argument #1 to 'hashValue' (unknown hashing algorithm '" .. tostring(algo) .. "')", 2) end
    return f(private.tostring(value))
  end
  function hash.listAlgorithms() return { 'fnv132', 'fnv1a32' } end
  return hash
end
