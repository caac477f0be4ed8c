/** Dates as systemd and coreutils print them, from virtual Unix ms (UTC: lab hosts run in UTC). */
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function parts(unixMs: number) {
  const days = Math.floor(unixMs / 86_400_000);
  const msOfDay = unixMs - days * 86_400_000;
  // civil-from-days (Howard Hinnant's algorithm): no Date object needed.
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return {
    y,
    m,
    d,
    wday: DAYS[(((days % 7) + 11) % 7)],
    hh: Math.floor(msOfDay / 3_600_000),
    mm: Math.floor(msOfDay / 60_000) % 60,
    ss: Math.floor(msOfDay / 1000) % 60,
  };
}

const p2 = (n: number) => String(n).padStart(2, "0");

/** "Mon 2026-11-30 09:05:00 UTC", as in systemd's wall messages */
export function formatWallTime(unixMs: number): string {
  const t = parts(unixMs);
  return `${t.wday} ${t.y}-${p2(t.m)}-${p2(t.d)} ${p2(t.hh)}:${p2(t.mm)}:${p2(t.ss)} UTC`;
}

export { parts as civilTime };
