/*
 * The astronomy behind the lunar festivals and 清明, computed rather than typed (J. Meeus, "Astronomical
 * Algorithms", 2nd ed.): new moons with the periodic terms of chapter 49 of at least 0.00007 day (the
 * smaller ones and the planetary arguments, together under about 4 minutes, are left out for size), the
 * Sun's apparent longitude of chapter 25 (about 0.01°, some 15 minutes of time), ΔT after Espenak–Meeus. Dates are Beijing dates (UTC+8), as the Chinese calendar (GB/T 33661-2017)
 * reckons them. Checked for every year 2022–2040 against chinese-days' tables (calendar tests; the same
 * festivals agree for 1990–2099 but for 1996's 中秋 and 2100's 清明).
 */

const RAD = Math.PI / 180;
/** Julian day of 1970-01-01 00:00 UT: day numbers of dates.ts are days since then. */
const JD_UNIX = 2440587.5;
const BEIJING = 8 / 24;

const sin = (deg: number): number => Math.sin(deg * RAD);
const norm = (deg: number): number => ((deg % 360) + 360) % 360;

/** ΔT = TT − UT in days, Espenak–Meeus polynomial for 2005–2050 (seconds). */
function deltaT(jde: number): number {
  const t = (jde - 2451545) / 365.25; // years since 2000.0
  return (62.92 + 0.32217 * t + 0.005589 * t * t) / 86400;
}

/** The Beijing date (day number since 1970-01-01) of an instant given in Julian Ephemeris Days. */
export function beijingDay(jde: number): number {
  return Math.floor(jde - deltaT(jde) + BEIJING - JD_UNIX);
}

/** The Sun's apparent geocentric longitude in degrees at `jde` (Meeus ch. 25, low accuracy). */
export function sunLongitude(jde: number): number {
  const t = (jde - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m) +
    (0.019993 - 0.000101 * t) * sin(2 * m) +
    0.000289 * sin(3 * m);
  const omega = 125.04 - 1934.136 * t;
  return norm(l0 + c - 0.00569 - 0.00478 * sin(omega));
}

/** The instant (JDE) when the Sun's apparent longitude reaches `degrees`, the first after `fromJde`. */
export function solarTerm(degrees: number, fromJde: number): number {
  // Start from the mean motion, then Newton steps (the Sun moves ~0.9856°/day).
  let jde = fromJde + (norm(degrees - sunLongitude(fromJde)) / 360) * 365.2422;
  for (let i = 0; i < 20; i++) {
    let diff = norm(degrees - sunLongitude(jde));
    if (diff > 180) diff -= 360;
    jde += diff / 0.98564736;
    if (Math.abs(diff) < 1e-7) break;
  }
  return jde;
}

/** The JDE at which the Sun's apparent longitude is `degrees` in Gregorian year `year` (UT-dated). */
export function solarTermOfYear(year: number, degrees: number): number {
  // Longitude 270° (winter solstice) is reached in late December, 0° in March: start at Jan 1 of the year.
  const jan1 =
    1721424.5 +
    365 * (year - 1) +
    Math.floor((year - 1) / 4) -
    Math.floor((year - 1) / 100) +
    Math.floor((year - 1) / 400);
  return solarTerm(degrees, jan1);
}

/** The instant (JDE) of the new moon of lunation `k` (k = 0: 2000-01-06), Meeus ch. 49. */
export function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const om = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
  const periodic =
    -0.4072 * sin(mp) +
    0.17241 * e * sin(m) +
    0.01608 * sin(2 * mp) +
    0.01039 * sin(2 * f) +
    0.00739 * e * sin(mp - m) -
    0.00514 * e * sin(mp + m) +
    0.00208 * e * e * sin(2 * m) -
    0.00111 * sin(mp - 2 * f) -
    0.00057 * sin(mp + 2 * f) +
    0.00056 * e * sin(2 * mp + m) -
    0.00042 * sin(3 * mp) +
    0.00042 * e * sin(m + 2 * f) +
    0.00038 * e * sin(m - 2 * f) -
    0.00024 * e * sin(2 * mp - m) -
    0.00017 * sin(om) -
    0.00007 * sin(mp + 2 * m);
  return jde + periodic;
}

/** One month of the Chinese calendar: the Beijing day number it starts on, its number (1–12), leap or not. */
export interface LunarMonth {
  start: number;
  number: number;
  leap: boolean;
}

/**
 * The months of the 岁 (suì) running from the month that holds the winter solstice of `year − 1` up to (not
 * including) the month that holds the winter solstice of `year`: 12 months numbered 11, 12, 1 … 10, or 13
 * with the first month that holds no principal term (中气) as the leap month (GB/T 33661-2017 rules).
 */
export function lunarMonths(year: number): LunarMonth[] {
  const w1 = beijingDay(solarTermOfYear(year - 1, 270));
  const w2 = beijingDay(solarTermOfYear(year, 270));
  // New moons from well before the first solstice to after the second.
  let k = Math.floor((year - 1 - 2000) * 12.3685) + 9; // about October of year − 1
  const starts: number[] = [];
  for (;;) {
    const day = beijingDay(newMoon(k++));
    if (day > w2) break;
    starts.push(day);
  }
  // Month 11 of each solstice: the last new moon on or before the solstice's day.
  let first = starts.length - 1;
  while (starts[first]! > w1) first--;
  let last = starts.length - 1;
  while (starts[last]! > w2) last--;
  const months = starts.slice(first, last); // the months of the suì; starts[last] opens the next month 11
  const end = starts[last]!;
  let leapAt = -1;
  if (months.length === 13) {
    // Principal terms: longitudes 0°, 30°, … 330° (冬至 270°, 大寒 300°, 雨水 330°, 春分 0° …).
    const terms: number[] = [];
    // All but the opening 冬至 fall in `year` (大寒 about January 20th … 小雪 about November 22nd).
    for (let deg = 300; deg < 300 + 330; deg += 30) terms.push(beijingDay(solarTermOfYear(year, deg % 360)));
    for (let i = 1; i < months.length; i++) {
      const from = months[i]!;
      const to = i + 1 < months.length ? months[i + 1]! : end;
      if (!terms.some((d) => d >= from && d < to)) {
        leapAt = i;
        break;
      }
    }
  }
  const out: LunarMonth[] = [];
  let number = 10;
  for (let i = 0; i < months.length; i++) {
    const leap = i === leapAt;
    if (!leap) number = (number % 12) + 1;
    out.push({ start: months[i]!, number, leap });
  }
  return out;
}
