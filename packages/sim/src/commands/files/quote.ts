/**
 * How GNU coreutils quote file names in messages (gnulib quotearg), in a
 * UTF-8 locale:
 *   - `quoteAlways` (shell-escape-always, used by quoteaf): 'name';
 *   - `quoteIfNeeded` (shell-escape, used by quotef and ls): name unless it
 *     holds characters the shell would treat specially;
 *   - `quoteLocale` (locale quoting, used by quote()): ‘name’.
 */

/** characters that make shell-escape quoting necessary anywhere in a name ('~' and '#' only at the start) */
const SHELL_SPECIAL = /[\s!"$&'()*;<=>?[\\\]`{|}^]/;

function shellQuote(name: string): string {
  if (!name.includes("'")) return `'${name}'`;
  // a name with a single quote but nothing special to double quotes: "it's"
  if (!/[$`"\\!]/.test(name)) return `"${name}"`;
  return `'${name.replaceAll("'", "'\\''")}'`;
}

export function quoteAlways(name: string): string {
  return shellQuote(name);
}

export function quoteIfNeeded(name: string): string {
  if (name === "") return "''";
  return /^[~#]/.test(name) || SHELL_SPECIAL.test(name) ? shellQuote(name) : name;
}

export function quoteLocale(name: string): string {
  return `\u2018${name}\u2019`;
}
