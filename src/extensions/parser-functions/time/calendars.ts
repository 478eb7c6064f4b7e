/**
 * The non-Gregorian calendars of #time's x-codes: the Iranian (Solar Hijri, arithmetic
 * 2820-year cycle form) and the tabular Islamic (Hijri) calendar, from a Gregorian date.
 */
const GREGORIAN_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export const IRANIAN_DAYS = [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29];

export const iranianMonths = ['Farvardin', 'Ordibehesht', 'Khordad', 'Tir', 'Mordad', 'Shahrivar', 'Mehr', 'Aban', 'Azar', 'Dey', 'Bahman', 'Esfand'];
export const hijriMonths = ['Muharram', 'Safar', "Rabi' al-awwal", "Rabi' al-thani", 'Jumada al-awwal', 'Jumada al-thani', 'Rajab', "Sha'aban", 'Ramadan', 'Shawwal', "Dhu al-Qi'dah", 'Dhu al-Hijjah'];

/** [year, month, day, day of year (0-based)] in the Iranian calendar. */
export function toIranian(y: number, m: number, d: number): [number, number, number, number] {
  const gy = y - 1600;
  let days = 365 * gy + Math.floor((gy + 3) / 4) - Math.floor((gy + 99) / 100) + Math.floor((gy + 399) / 400);
  for (let i = 0; i < m - 1; i++) days += GREGORIAN_DAYS[i];
  if (m > 2 && ((gy % 4 === 0 && gy % 100 !== 0) || gy % 400 === 0)) days++;
  days += d - 1;
  let jDays = days - 79;
  const cycles = Math.floor(jDays / 12053);
  jDays %= 12053;
  let jy = 979 + 33 * cycles + 4 * Math.floor(jDays / 1461);
  jDays %= 1461;
  if (jDays >= 366) {
    jy += Math.floor((jDays - 1) / 365);
    jDays = (jDays - 1) % 365;
  }
  const dayOfYear = jDays;
  let month = 0;
  while (month < 11 && jDays >= IRANIAN_DAYS[month]) jDays -= IRANIAN_DAYS[month++];
  return [jy, month + 1, jDays + 1, dayOfYear];
}

const idiv = (a: number, b: number): number => Math.trunc(a / b);

/** [year, month, day] in the tabular Islamic calendar (via the Julian day number). */
export function toHijri(y: number, m: number, d: number): [number, number, number] {
  const gregorian = y > 1582 || (y === 1582 && (m > 10 || (m === 10 && d > 14)));
  const jd = gregorian
    ? idiv(1461 * (y + 4800 + idiv(m - 14, 12)), 4) + idiv(367 * (m - 2 - 12 * idiv(m - 14, 12)), 12) -
      idiv(3 * idiv(y + 4900 + idiv(m - 14, 12), 100), 4) + d - 32075
    : 367 * y - idiv(7 * (y + 5001 + idiv(m - 9, 7)), 4) + idiv(275 * m, 9) + d + 1729777;
  let l = jd - 1948440 + 10632;
  const n = idiv(l - 1, 10631);
  l = l - 10631 * n + 354;
  const j = idiv(10985 - l, 5316) * idiv(50 * l, 17719) + idiv(l, 5670) * idiv(43 * l, 15238);
  l = l - idiv(30 - j, 15) * idiv(17719 * j, 50) - idiv(j, 16) * idiv(15238 * j, 43) + 29;
  const month = idiv(24 * l, 709);
  return [30 * n + j - 30, month, l - idiv(709 * month, 24)];
}
