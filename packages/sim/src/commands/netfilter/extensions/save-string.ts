/**
 * xtables_save_string: a value as iptables-save writes it, bare when it is
 * only letters, digits, '_' and '-', otherwise double-quoted with '"', '\'
 * and "'" escaped by a backslash.
 */
export function saveString(value: string): string {
  if (/^[A-Za-z0-9_-]+$/.test(value)) return ` ${value}`;
  return ` "${value.replace(/["\\']/g, (c) => `\\${c}`)}"`;
}
