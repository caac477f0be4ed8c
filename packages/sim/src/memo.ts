/**
 * A pure function of one string, remembered. The simulation asks the same
 * questions again and again: a file parsed by its content (/etc/passwd,
 * /etc/hosts, known_hosts, sshd_config), a sysctl's value read, a route's
 * key. Only for functions whose answer depends on the string alone, so a
 * remembered answer can never be stale (an edited file is another string).
 * Bounded, since a learner can make new inputs without end: when full, the
 * memo starts again. Callers must not change what they get back.
 */
export function memoized<K extends string, T>(fn: (key: K) => T, max: number): (key: K) => T {
  const seen = new Map<K, T>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) {
      value = fn(key);
      if (seen.size >= max) seen.clear();
      seen.set(key, value);
    }
    return value;
  };
}
