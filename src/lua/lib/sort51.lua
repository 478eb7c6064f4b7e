-- table.sort as Lua 5.1 ran it. Quicksort is not stable, so elements that compare equal
-- (and lists sorted with an inconsistent comparator) end in an order that depends on the
-- exact algorithm; Lua 5.4 picks pivots differently (randomly for large arrays), and pages
-- print sorted lists. This is 5.1's auxsort: median of three, pivot parked at u-1, the
-- smaller part sorted first, raw reads and writes, the same "invalid order function" checks.
return function(G, private)
  local rawget, rawset, rawlen, type, error = rawget, rawset, rawlen, type, error

  local function sort(t, comp)
    if type(t) ~= 'table' then
      error("bad argument #1 to 'sort' (table expected, got " .. (t == nil and 'no value' or type(t)) .. ')', 2)
    end
    if comp ~= nil and type(comp) ~= 'function' then
      error("bad argument #2 to 'sort' (function expected, got " .. type(comp) .. ')', 2)
    end
    local less = comp or function(a, b) return a < b end

    local function auxsort(l, u)
      while l < u do
        -- Order a[l], a[(l+u)/2], a[u].
        if less(rawget(t, u), rawget(t, l)) then
          local x = rawget(t, l)
          rawset(t, l, rawget(t, u))
          rawset(t, u, x)
        end
        if u - l == 1 then return end
        local i = (l + u) // 2
        if less(rawget(t, i), rawget(t, l)) then
          local x = rawget(t, i)
          rawset(t, i, rawget(t, l))
          rawset(t, l, x)
        elseif less(rawget(t, u), rawget(t, i)) then
          local x = rawget(t, i)
          rawset(t, i, rawget(t, u))
          rawset(t, u, x)
        end
        if u - l == 2 then return end
        -- The pivot goes to u-1; partition l+1 .. u-2.
        local pivot = rawget(t, i)
        rawset(t, i, rawget(t, u - 1))
        rawset(t, u - 1, pivot)
        local j
        i, j = l, u - 1
        while true do
          i = i + 1
          while less(rawget(t, i), pivot) do
            if i > u then error('invalid order function for sorting', 0) end
            i = i + 1
          end
          j = j - 1
          while less(pivot, rawget(t, j)) do
            if j < l then error('invalid order function for sorting', 0) end
            j = j - 1
          end
          if j < i then break end
          local x = rawget(t, i)
          rawset(t, i, rawget(t, j))
          rawset(t, j, x)
        end
        local x = rawget(t, u - 1)
        rawset(t, u - 1, rawget(t, i))
        rawset(t, i, x)
        -- Recurse into the smaller part, loop on the larger one.
        if i - l < u - i then
          j, i, l = l, i - 1, i + 1
        else
          j, i, u = i + 1, u, i - 1
        end
        auxsort(j, i)
      end
    end

    auxsort(1, rawlen(t))
  end

  G.table.sort = sort
end
