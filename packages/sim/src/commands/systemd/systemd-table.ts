/**
 * The two-column "key: value" layout systemd 252's tools print with
 * format-table (hostnamectl, timedatectl status): the keys right-aligned to
 * the widest one, a space, the value.
 */
export function keyValueTable(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([k]) => k.length + 1));
  return rows.map(([k, v]) => `${`${k}:`.padStart(width)} ${v}\n`).join("");
}
