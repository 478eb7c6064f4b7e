-- The "bit" library (LuaBit's interface) as Scribunto ships it, on bit32.
local b = require('bit32')
return {
  bnot = b.bnot, band = b.band, bor = b.bor, bxor = b.bxor,
  brshift = b.rshift, blshift = b.lshift, bxor2 = b.bxor, blogic_rshift = b.rshift,
  tobits = function(n) local t = {} n = math.floor(n) while n > 0 do t[#t + 1] = n % 2 n = n // 2 end return t end,
  tonumb = function(t) local n = 0 for i = #t, 1, -1 do n = n * 2 + t[i] end return n end,
}
