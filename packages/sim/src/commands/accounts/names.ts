/**
 * Which user and group names shadow 4.13 accepts (libmisc/chkname.c): a
 * letter, digit, "_" or "." first (not "." or ".." alone), then letters,
 * digits, "_", "." and "-", with a "$" allowed last (Samba machine
 * accounts); at most 32 characters for a user (utmp's limit), 32 for a group.
 * Debian 12's 4.13 still takes an all-digit name (`useradd 1234` works).
 */
const FIRST = /^[A-Za-z0-9_.]/;
const REST = /^[A-Za-z0-9_.-]*\$?$/;

function validName(name: string, max: number): boolean {
  if (name === "" || name === "." || name === ".." || name.length > max) return false;
  return FIRST.test(name) && REST.test(name.slice(1));
}

export const isValidUserName = (name: string): boolean => validName(name, 32);
export const isValidGroupName = (name: string): boolean => validName(name, 32);
