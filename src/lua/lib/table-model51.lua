-- A model of Lua 5.1's table (ltable.c), enough to know the order pairs() visited keys in:
-- an array part for integer keys 1..n and a node vector whose slot for a key follows from
-- its hash, the vector size and, on collisions, the insertion order (free slots are taken
-- from the end; a colliding key out of its main position moves). A full node vector
-- triggers a rehash: the array size becomes the largest power of two more than half used,
-- the rest goes to a new node vector, old nodes re-inserted from the last slot down.
-- Keys are replayed in insertion order; deleted keys are not modelled.
return function()
  local type, mathtype = type, math.type

  -- luaS_hash (seed = length; long strings hash every step-th byte), memoised.
  local hashes, hashCount = {}, 0
  local function stringHash(s)
    local cached = hashes[s]
    if cached then return cached end
    local l = #s
    local h = l
    local step = (l >> 5) + 1
    for i = l, step, -step do
      h = (h ~ ((h << 5) + (h >> 2) + s:byte(i))) & 0xffffffff
    end
    if hashCount >= 100000 then hashes, hashCount = {}, 0 end
    hashes[s], hashCount = h, hashCount + 1
    return h
  end

  -- mainposition: strings and booleans by hash & (size - 1); numbers by the sum of the
  -- double's two 32-bit words modulo (size - 1) | 1. Other keys hash by address: nil.
  local function mainPosition(k, size)
    local kt = type(k)
    if kt == 'string' then return stringHash(k) & (size - 1) end
    if kt == 'boolean' then return (k and 1 or 0) & (size - 1) end
    if kt == 'number' then
      if k == 0 then return 0 end
      local lo, hi = string.unpack('<I4I4', string.pack('<d', k + 0.0))
      return ((lo + hi) & 0xffffffff) % ((size - 1) | 1)
    end
    return nil
  end

  local function isHashable(k) return mainPosition(k, 1) ~= nil end

  -- A positive integer key (as a number that fits an array index), or nil.
  local function arrayIndex(k)
    if type(k) ~= 'number' or k % 1 ~= 0 or k < 1 or k > 0x4000000 then return nil end
    return math.tointeger(k)
  end

  local function ceilLog2(x)
    local l = 0
    x = x - 1
    while x > 0 do l, x = l + 1, x >> 1 end
    return l
  end

  -- luaO_int2fb then luaO_fb2int: the size a constructor asks for.
  local function constructorSize(x)
    local e = 0
    while x >= 16 do x, e = (x + 1) >> 1, e + 1 end
    if x < 8 then return x end
    return (x & 7 | 8) << e
  end

  -- The keys in pairs() order after creating a table with `arraySize` array slots (the
  -- first `positional` filled) and room for `hashSize` keys, then inserting `keys` in order.
  local function order(positional, arraySize, hashSize, keys)
    local asize, size, slotKey, chain, lastFree = arraySize, 0, {}, {}, 0
    local ints = {}
    for i = 1, positional do ints[i] = true end

    local function setNodes(n)
      size = n > 0 and (1 << ceilLog2(n)) or 0
      slotKey, chain, lastFree = {}, {}, size
    end

    local insert
    local function resize(newAsize, hashCount)
      local oldAsize, oldKeys, oldSize = asize, slotKey, size
      asize = newAsize
      setNodes(hashCount)
      for i = newAsize + 1, oldAsize do
        if ints[i] then insert(i) end
      end
      for j = oldSize - 1, 0, -1 do
        if oldKeys[j] ~= nil then insert(oldKeys[j]) end
      end
    end

    local function rehash(extra)
      local nums, arrayCount, total = {}, 0, 0
      local function count(k)
        local i = arrayIndex(k)
        if i then
          local b = ceilLog2(i)
          nums[b] = (nums[b] or 0) + 1
          arrayCount = arrayCount + 1
        end
      end
      for i in pairs(ints) do
        if i <= asize then count(i) total = total + 1 end
      end
      for j = 0, size - 1 do
        if slotKey[j] ~= nil then count(slotKey[j]) total = total + 1 end
      end
      count(extra)
      total = total + 1
      -- computesizes: the largest power of two more than half full.
      local a, inArray, optimal, b, twoToB = 0, 0, 0, 0, 1
      while twoToB // 2 < arrayCount do
        local n = nums[b] or 0
        if n > 0 then
          a = a + n
          if a > twoToB // 2 then optimal, inArray = twoToB, a end
        end
        if a == arrayCount then break end
        b, twoToB = b + 1, twoToB * 2
      end
      resize(optimal, total - inArray)
    end

    insert = function(k)
      local i = arrayIndex(k)
      if i and i <= asize then
        ints[i] = true
        return
      end
      if size > 0 then
        local s = mainPosition(k, size)
        while s ~= nil do
          if slotKey[s] == k then return end
          s = chain[s]
        end
      end
      if i then ints[i] = true end
      if size == 0 then
        rehash(k)
        return insert(k)
      end
      local mp = mainPosition(k, size)
      if slotKey[mp] ~= nil then
        local free
        while lastFree > 0 do
          lastFree = lastFree - 1
          if slotKey[lastFree] == nil then free = lastFree break end
        end
        if not free then
          rehash(k)
          return insert(k)
        end
        local other = mainPosition(slotKey[mp], size)
        if other ~= mp then
          while chain[other] ~= mp do other = chain[other] end
          chain[other] = free
          slotKey[free], chain[free] = slotKey[mp], chain[mp]
          slotKey[mp], chain[mp] = nil, nil
        else
          chain[free] = chain[mp]
          chain[mp] = free
          mp = free
        end
      end
      slotKey[mp] = k
    end

    setNodes(hashSize)
    for n = 1, #keys do insert(keys[n]) end
    local out = {}
    for i = 1, asize do
      if ints[i] then out[#out + 1] = i end
    end
    for j = 0, size - 1 do
      if slotKey[j] ~= nil then out[#out + 1] = slotKey[j] end
    end
    return out
  end

  return { order = order, isHashable = isHashable, constructorSize = constructorSize }
end
