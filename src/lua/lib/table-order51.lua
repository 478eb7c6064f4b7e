-- Lua 5.1's iteration order. Scribunto ran Lua 5.1, and modules print pairs() order into
-- pages (CSS declarations, class lists, rows taken from arguments). The source rewriter
-- wraps keyed constructors as __table51(t, shape), shape = {hashSize, positional,
-- multret, key, ...} in source order (false for a computed key), and field assignments as
-- __set51(t, k, v), which appends new keys to the table's own copy of its shape (a table
-- filled from empty gets {0, 0, false}); table.insert notes its key too. pairs() replays
-- a shaped table's history in table-model51 and visits keys in the order Lua 5.1 would.
-- Keys outside the history (set by library code) follow, as if inserted last; tables of
-- unknown history keep the VM's own order.
return function(G, private, model)
  local next, rawget, rawlen, type = next, rawget, rawlen, type
  -- The real metatable, past a __metatable field, as pairs() reads __pairs.
  local rawMetatable = private.debug.getmetatable
  local shapes = setmetatable({}, { __mode = 'k' })
  local FIRST_KEY = 4

  local function table51(t, shape)
    if shape[3] then
      -- A trailing call or ... filled more (or fewer) array slots than written.
      shape = { shape[1], rawlen(t), false, table.unpack(shape, FIRST_KEY) }
    end
    shapes[t] = shape
    return t
  end

  -- Notes a key newly set on `t` (when its history is known, or starts now).
  local function noteKey(t, k, shape, empty)
    if shape then
      if not shape.own then
        local copy = { own = true }
        for n = 1, #shape do copy[n] = shape[n] end
        shape = copy
        shapes[t] = shape
      end
      shape[#shape + 1] = k
    elseif empty then
      shapes[t] = { 0, 0, false, k, own = true }
    end
  end

  -- `t[k] = v` with the key noted.
  local function set51(t, k, v)
    if type(t) ~= 'table' then
      if t == nil then error('attempt to index a nil value', 2) end
      t[k] = v
      return
    end
    if k == nil or v == nil or rawget(t, k) ~= nil then
      t[k] = v
      return
    end
    local shape = shapes[t]
    local empty = shape == nil and next(t) == nil
    t[k] = v
    if rawget(t, k) ~= nil then noteKey(t, k, shape, empty) end
  end

  -- table.insert (Lua 5.1's, from compat51), noting the key it fills.
  local tinsert = G.table.insert
  local function insert51(t, ...)
    local n = select('#', ...)
    if type(t) ~= 'table' or n == 0 then return tinsert(t, ...) end
    local shape = shapes[t]
    local empty = shape == nil and next(t) == nil
    local before = rawlen(t)
    tinsert(t, ...)
    local pos = n >= 2 and ... or nil
    local key = (type(pos) == 'number' and pos > before + 1) and pos or before + 1
    if rawget(t, key) ~= nil then noteKey(t, key, shape, empty) end
  end

  -- The keys of a shaped table in Lua 5.1's order.
  local function computeOrder(t, shape)
    local keys, known = {}, {}
    local positional = shape[2]
    for n = FIRST_KEY, #shape do
      local k = shape[n]
      if k ~= false and not known[k] then
        keys[#keys + 1] = k
        known[k] = true
      end
    end
    for i = 1, positional do known[i] = true end
    local unhashable = {}
    for k in next, t do
      if not known[k] then
        if model.isHashable(k) then keys[#keys + 1] = k else unhashable[#unhashable + 1] = k end
      end
    end
    local out = {}
    for _, k in ipairs(model.order(positional, model.constructorSize(positional), model.constructorSize(shape[1]), keys)) do
      if rawget(t, k) ~= nil then out[#out + 1] = k end
    end
    for _, k in ipairs(unhashable) do out[#out + 1] = k end
    return out
  end

  -- Orders computed before, kept while the table has the same shape and no key outside it.
  -- Returns the keys in order and each key's position. `continuing` (a traversal under
  -- way) trusts a cached order without checking the keys again.
  local orders = setmetatable({}, { __mode = 'k' })
  local function order51(t, shape, continuing)
    local cached = orders[t]
    if cached and cached.shape == shape and cached.length == #shape then
      if continuing then return cached.order, cached.index end
      local index, valid = cached.index, true
      for k in next, t do
        if not index[k] then valid = false break end
      end
      if valid then return cached.order, index end
    end
    local order = computeOrder(t, shape)
    local index = {}
    for n = 1, #order do index[order[n]] = n end
    orders[t] = { shape = shape, length = #shape, order = order, index = index }
    return order, index
  end

  -- next() in Lua 5.1's order for shaped tables, the VM's order for others.
  local function next51(t, k)
    local shape = type(t) == 'table' and shapes[t]
    if not shape then return next(t, k) end
    local order, index = order51(t, shape, k ~= nil)
    local n = 0
    if k ~= nil then
      n = index[k]
      if n == nil then
        -- A key set during the traversal: the VM's order takes over from it.
        return next(t, k)
      end
    end
    for j = n + 1, #order do
      local key = order[j]
      local v = rawget(t, key)
      if v ~= nil then return key, v end
    end
    return nil
  end

  -- Raw traversal in Lua 5.1's order for shaped tables, the VM's order for others.
  local function rawPairs51(t)
    if not shapes[t] then return next, t, nil end
    return next51, t, nil
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
    shapes[t] = { 0, 0, false, table.unpack(keys) }
    return t
  end

  -- Marks `t` as made by a constructor whose fields were all written `[key] = value`, in
  -- this order: how Scribunto received tables from PHP (integer keys in the hash part too).
  local function constructedFrom(t, keys)
    shapes[t] = { #keys, 0, false, table.unpack(keys) }
    return t
  end

  private.constructedFrom = constructedFrom
  private.pairs51 = pairs51
  private.rawPairs51 = rawPairs51
  private.filledInOrder = filledInOrder
  G.__table51 = table51
  G.__set51 = set51
  G.pairs = pairs51
  G.next = next51
  G.table.insert = insert51
end
