/**
 * The one door to the learner's saved work: a string key-value store with the
 * shape of `window.localStorage`. Modules here take it as a parameter so that
 * they run in unit tests (memoryStore) and in the page (browserStore) alike.
 * Every key Rootlab writes starts with "rootlab:".
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A store in memory: tests, and pages where localStorage is blocked (work then lasts until reload). */
export function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { dump(): Record<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
    dump: () => Object.fromEntries(data),
  };
}

/**
 * localStorage when the page may use it. Reading `window.localStorage` throws
 * when storage is disabled, and setItem throws when the quota is full: both
 * fall back to memory rather than break the terminal.
 */
export function browserStore(): KeyValueStore {
  try {
    const ls = globalThis.localStorage;
    const probe = "rootlab:probe";
    ls.setItem(probe, "1");
    ls.removeItem(probe);
    const fallback = memoryStore();
    return {
      getItem: (k) => {
        try {
          return ls.getItem(k) ?? fallback.getItem(k);
        } catch {
          return fallback.getItem(k);
        }
      },
      setItem: (k, v) => {
        try {
          ls.setItem(k, v);
        } catch {
          fallback.setItem(k, v);
        }
      },
      removeItem: (k) => {
        fallback.removeItem(k);
        try {
          ls.removeItem(k);
        } catch {
          /* nothing to remove */
        }
      },
    };
  } catch {
    return memoryStore();
  }
}

/** JSON.parse that answers undefined for missing or corrupt values (a learner may edit storage by hand). */
export function readJson(store: KeyValueStore, key: string): unknown {
  const raw = store.getItem(key);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
