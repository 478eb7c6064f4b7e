-- bit32 (Lua 5.2's bitwise library) on 32-bit unsigned values.
local M = {}
local function u(x) return math.floor(x) % 0x100000000 end
function M.band(...) local r = 0xffffffff for i = 1, select('#', ...) do r = r & u((select(i, ...))) end return r end
function M.bor(...) local r = 0 for i = 1, select('#', ...) do r = r | u((select(i, ...))) end return r end
function M.bxor(...) local r = 0 for i = 1, select('#', ...) do r = r ~ u((select(i, ...))) end return r end
function M.bnot(x) return (~u(x)) & 0xffffffff end
function M.btest(...) return M.band(...) ~= 0 end
function M.lshift(x, n) if n >= 32 or n <= -32 then return 0 end if n < 0 then return u(x) >> -n end return (u(x) << n) & 0xffffffff end
function M.rshift(x, n) if n >= 32 or n <= -32 then return 0 end if n < 0 then return (u(x) << -n) & 0xffffffff end return u(x) >> n end
function M.arshift(x, n)
  x = u(x)
  if n <= 0 then return M.lshift(x, -n) end
  if x & 0x80000000 == 0 then return M.rshift(x, n) end
  if n >= 32 then return 0xffffffff end
  return ((x >> n) | ~(0xffffffff >> n)) & 0xffffffff
end
function M.lrotate(x, n) n = n % 32 x = u(x) return ((x << n) | (x >> (32 - n))) & 0xffffffff end
function M.rrotate(x, n) return M.lrotate(x, -n) end
function M.extract(x, field, width) width = width or 1 return (u(x) >> field) & ((1 << width) - 1) end
function M.replace(x, v, field, width)
  width = width or 1
  local mask = ((1 << width) - 1) << field
  return (u(x) & ~mask | (u(v) << field) & mask) & 0xffffffff
end
return M
