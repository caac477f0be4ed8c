/**
 * Cutting an SQL script at `;` outside quotes and comments: for scripts the
 * server side runs itself (a lab's setup SQL). The interactive client has
 * its own, line-based splitter with the client's rules (commands/mysql/split.ts).
 */
export function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quote: string | null = null;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (quote) {
      cur += c;
      if (c === "\\" && quote !== "`" && i + 1 < sql.length) cur += sql[++i];
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === "`") quote = c;
    else if (c === "-" && sql[i + 1] === "-" && /\s/.test(sql[i + 2] ?? " ")) {
      while (i < sql.length && sql[i] !== "\n") i++;
      continue;
    } else if (c === "#") {
      while (i < sql.length && sql[i] !== "\n") i++;
      continue;
    } else if (c === ";") {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
      continue;
    }
    cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}
