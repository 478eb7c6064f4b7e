-- Lua 5.1's iteration order for tables made by keyed constructors. Scribunto ran Lua 5.1,
-- and modules print pairs() order into pages (CSS declarations, class lists). Lua 5.1
-- iterated the array part (1..n), then the hash nodes in slot order; a key's slot follows
-- from its hash, the node vector size and, on collisions, the order of insertion. The
-- source rewriter wraps constructors as __table51(t, shape), shape = {hashSize, key, ...}
-- in source order; pairs() replays those insertions in a model of Lua 5.1's table (node
-- vector, free pointer, collision chains, rehash on growth) and iterates in its slot order.
-- Field assignments become __set51(t, k, v), which appends new keys to the table's own copy
-- of its shape; a table filled from empty gets the shape {0}. Keys without a shape entry
-- (set by library code, or on tables of unknown history) follow in the VM's own order.
return function(G, private)
  local next, rawget, type, mathtype = next, rawget, type, math.type
  -- The real metatable, past a __metatable field, as pairs() reads __pairs.
  local rawMetatable = private.debug.getmetatable
  local shapes = setmetatable({}, { __mode = 'k' })

  local function table51(t, shape)
    shapes[t] = shape
    return t
  end

  local function isArrayKey(k)
    return mathtype(k) == 'integer' or (type(k) == 'number' and k % 1 == 0)
  end

  -- `t[k] = v`, noting a new non-integer key in the table's shape.
  local function set51(t, k, v)
    if type(t) ~= 'table' then
      if t == nil then error('attempt to index a nil value', 2) end
      t[k] = v
      return
    end
    if k == nil or isArrayKey(k) or rawget(t, k) ~= nil then
      t[k] = v
      return
    end
    local shape = shapes[t]
    local empty = shape == nil and next(t) == nil
    t[k] = v
    if v == nil or rawget(t, k) == nil then return end
    if shape then
      if not shape.own then
        local copy = { own = true }
        for n = 1, #shape do copy[n] = shape[n] end
        shape = copy
        shapes[t] = shape
      end
      shape[#shape + 1] = k
    elseif empty then
      shapes[t] = { 0, k, own = true }
    end
  end

  -- luaS_hash of Lua 5.1 (seed = length; long strings hash every step-th byte), memoised.
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

  -- mainposition: strings and booleans by hash & (size - 1), numbers by the sum of the
  -- double's two words modulo (size - 1) | 1. Other keys hash by address: nil.
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

  local function ceilPow2(n)
    local size = 1
    while size < n do size = size * 2 end
    return size
  end

  -- The node part of a Lua 5.1 table after inserting `keys` in order into a table created
  -- with `initial` hash slots. Returns the keys in slot order.
  local function simulate(keys, initial)
    local size, key, chain, lastFree = 0, {}, {}, 0
    local function setNodes(n)
      size = n > 0 and ceilPow2(n) or 0
      key, chain, lastFree = {}, {}, size
    end
    local insert
    local function rehash()
      local oldKey, oldSize, count = key, size, 1
      for i = 0, oldSize - 1 do if oldKey[i] ~= nil then count = count + 1 end end
      setNodes(count)
      for i = oldSize - 1, 0, -1 do
        if oldKey[i] ~= nil then insert(oldKey[i]) end
      end
    end
    insert = function(k)
      if size == 0 then
        rehash()
        return insert(k)
      end
      local mp = mainPosition(k, size)
      local i = mp
      while i ~= nil do
        if key[i] == k then return end
        i = chain[i]
      end
      if key[mp] ~= nil then
        local free
        while lastFree > 0 do
          lastFree = lastFree - 1
          if key[lastFree] == nil then free = lastFree break end
        end
        if not free then
          rehash()
          return insert(k)
        end
        local other = mainPosition(key[mp], size)
        if other ~= mp then
          while chain[other] ~= mp do other = chain[other] end
          chain[other] = free
          key[free], chain[free] = key[mp], chain[mp]
          key[mp], chain[mp] = nil, nil
        else
          chain[free] = chain[mp]
          chain[mp] = free
          mp = free
        end
      end
      key[mp] = k
    end
    setNodes(initial)
    for n = 1, #keys do insert(keys[n]) end
    local out = {}
    for i = 0, size - 1 do
      if key[i] ~= nil then out[#out + 1] = key[i] end
    end
    return out
  end

  -- The keys of a shaped table in Lua 5.1's order.
  local function computeOrder(t, shape)
    local out, arrayEnd = {}, 0
    while not shape.hashOnly and rawget(t, arrayEnd + 1) ~= nil do
      arrayEnd = arrayEnd + 1
      out[arrayEnd] = arrayEnd
    end
    local inArray = function(k) return mathtype(k) == 'integer' and k >= 1 and k <= arrayEnd end
    local keys, known = {}, {}
    for n = 2, #shape do
      local k = shape[n]
      if k ~= false and not inArray(k) and not known[k] then
        keys[#keys + 1] = k
        known[k] = true
      end
    end
    local unhashable = {}
    for k in next, t do
      if not known[k] and not inArray(k) then
        if mainPosition(k, 1) == nil then unhashable[#unhashable + 1] = k else keys[#keys + 1] = k end
      end
    end
    for _, k in ipairs(simulate(keys, shape[1])) do
      if rawget(t, k) ~= nil then out[#out + 1] = k end
    end
    for _, k in ipairs(unhashable) do out[#out + 1] = k end
    return out
  end

  -- Orders computed before, kept while the table has the same shape and no key outside it.
  local orders = setmetatable({}, { __mode = 'k' })
  local function order51(t, shape)
    local cached = orders[t]
    if cached and cached.shape == shape and cached.length == #shape then
      local index, valid = cached.index, true
      for k in next, t do
        if not index[k] then valid = false break end
      end
      if valid then return cached.order end
    end
    local order = computeOrder(t, shape)
    local index = {}
    for n = 1, #order do index[order[n]] = true end
    orders[t] = { shape = shape, length = #shape, order = order, index = index }
    return order
  end

  -- Raw traversal in Lua 5.1's order for shaped tables, the VM's order for others.
  local function rawPairs51(t)
    local shape = shapes[t]
    if not shape then return next, t, nil end
    local order, i = order51(t, shape), 0
    return function(tt)
      while true do
        i = i + 1
        local k = order[i]
        if k == nil then return nil end
        local v = rawget(tt, k)
        if v ~= nil then return k, v end
      end
    end, t, nil
  end

  -- pairs() as in Scribunto's Lua 5.1: __pairs first, then the raw 5.1 order.
  local function pairs51(t)
    local mt = rawMetatable(t)
    if mt and rawget(mt, '__pairs') then return mt.__pairs(t) end
    if type(t) ~= 'table' then return pairs(t) end
    return rawPairs51(t)
  end

  -- Marks `t` as filled from empty, key by key, in the order given (mw.clone does this).
  local function filledInOrder(t, keys)
    local shape = { 0 }
    for n = 1, #keys do shape[n + 1] = keys[n] end
    shapes[t] = shape
    return t
  end

  -- Marks `t` as made by a constructor whose fields were all written `[key] = value`, in
  -- this order: how Scribunto received tables from PHP (integer keys in the hash part too).
  local function constructedFrom(t, keys)
    local shape = { #keys, hashOnly = true }
    for n = 1, #keys do shape[n + 1] = keys[n] end
    shapes[t] = shape
    return t
  end

  private.constructedFrom = constructedFrom
  private.pairs51 = pairs51
  private.rawPairs51 = rawPairs51
  private.filledInOrder = filledInOrder
  private.simulateTable51 = simulate
  G.__table51 = table51
  G.__set51 = set51
  G.pairs = pairs51
end
