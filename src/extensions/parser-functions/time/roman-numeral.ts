/** Roman numerals as MediaWiki's Language::romanNumeral writes them (1–10000; else the number). */
const table: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function romanNumeral(num: number): string {
  const n = Math.trunc(num);
  if (n > 10000 || n <= 0) return String(n);
  let rest = n;
  let s = '';
  for (const [value, letters] of table) {
    while (rest >= value) {
      s += letters;
      rest -= value;
    }
  }
  return s;
}
