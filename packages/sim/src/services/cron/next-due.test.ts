/**
 * nextDue, the minute a sleeping cron wakes for, against the plain way:
 * stepping a minute at a time with entryDue. Any skip of a day or an hour
 * that could hold a match would show here.
 */
import { describe, expect, it } from "vitest";
import { breakDown } from "../../world/strftime.js";
import { type CronEntry, entryDue, nextDue, parseCrontab } from "./crontab-file.js";
import { zoneTime } from "../../tzdata/localtime.js";
import type { LocalZone } from "../../tzdata/local-zone.js";

const LINES = [
  "* * * * * x",
  "*/7 9-10 * * * x",
  "0 0 * * * x",
  "30 4 * * 1 x",
  "15 12 1 * * x",
  "0 0 1,15 * 5 x", // day of month OR Friday
  "0 0 * * 0,7 x",
  "59 23 31 * * x",
  "0 12 29 2 * x", // 29 February: not within the 60 days looked at
  "0 0 30 2 * x", // never
  "5 4 * jan-mar mon-fri x",
  "17 * * * * x",
  "@reboot x",
];

function entry(line: string): CronEntry {
  const p = parseCrontab(`${line}\n`);
  if (!p.ok) throw new Error(p.error);
  return p.entries[0];
}

function brute(e: CronEntry, from: number, limit: number, zone?: LocalZone): number | undefined {
  for (let t = from + 60_000; t <= limit; t += 60_000) {
    const { minute, hour, day, month, wday } = breakDown(t + (zone ? zone(t).utcOffset * 1000 : 0));
    if (entryDue(e, { minute, hour, day, month, wday })) return t;
  }
  return undefined;
}

describe("nextDue", () => {
  // 2026-11-30 09:00 UTC, on the minute and 20.5 s into one (a chain whose job slept keeps that phase)
  const starts = [1_796_029_200_000, 1_796_029_200_000 + 20_500, 1_796_029_200_000 + 31 * 86_400_000 + 7 * 60_000];
  for (const line of LINES)
    it(`finds what stepping minute by minute finds: ${line}`, () => {
      const e = entry(line);
      for (const from of starts) {
        let t: number | undefined = from;
        // the next five due times, each from the last, within 60 days
        for (let i = 0; i < 5 && t !== undefined; i++) {
          const limit = from + 60 * 86_400_000;
          const want = brute(e, t, limit);
          expect(nextDue(e, t, limit)).toBe(want);
          t = want;
        }
      }
    });

  // local time: whole-hour, half-hour and western zones, one crossing its DST end within the 60 days
  for (const name of ["Asia/Tokyo", "Asia/Kolkata", "America/New_York"])
    it(`finds the same in ${name}'s local time`, () => {
      const zone: LocalZone = (ms) => zoneTime(name, ms)!;
      for (const line of LINES) {
        const e = entry(line);
        const from = 1_796_029_200_000 - 40 * 86_400_000;
        const want = brute(e, from, from + 60 * 86_400_000, zone);
        expect(nextDue(e, from, from + 60 * 86_400_000, zone)).toBe(want);
      }
    });

  it("keeps the chain's phase and answers nothing past the limit", () => {
    const from = 1_796_029_200_000 + 20_500;
    expect(nextDue(entry("0 10 * * * x"), from, from + 86_400_000)).toBe(from + 60 * 60_000);
    expect(nextDue(entry("0 10 * * * x"), from, from + 59 * 60_000)).toBe(undefined);
    expect(nextDue(entry("0 0 30 2 * x"), from, from + 400 * 86_400_000)).toBe(undefined);
  });
});
