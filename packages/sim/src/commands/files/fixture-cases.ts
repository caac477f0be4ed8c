/**
 * Reading recorded transcripts (fixtures/*.txt) for the comparison tests:
 * "$ command" lines, the output that followed, and an optional "[exit N]";
 * "[no newline; exit N]" after output that did not end in a newline (the
 * recorder added one to keep the marker on its own line).
 * Test-only helper; kept pure so it type-checks with the core.
 */
export interface FixtureCase {
  command: string;
  argv: string[];
  /** stdin given by a leading `printf '...' |` */
  stdin?: string;
  output: string;
  exit?: number;
}

/** Split a command line on blanks, honouring '...' and "..." quoting (no expansions). */
export function splitWords(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      cur += line.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (c === '"') {
      const end = line.indexOf('"', i + 1);
      cur += line.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (c === " ") {
      if (inWord) out.push(cur);
      cur = "";
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (inWord) out.push(cur);
  return out;
}

export function parseFixture(text: string): FixtureCase[] {
  const cases: FixtureCase[] = [];
  let cur: FixtureCase | undefined;
  const lines = text.split("\n");
  if (text.endsWith("\n")) lines.pop();
  for (const line of lines) {
    if (line.startsWith("#") && !cur) continue;
    if (line.startsWith("$ ")) {
      if (cur) cases.push(cur);
      const command = line.slice(2);
      const pipe = /^printf (".*?"|'.*?') \| (.*)$/.exec(command);
      const words = splitWords(pipe ? pipe[2] : command);
      cur = { command, argv: words, output: "" };
      // printf's format: the escapes the fixtures use
      if (pipe) cur.stdin = splitWords(pipe[1])[0].replace(/\\n/g, "\n").replace(/\\t/g, "\t");
      continue;
    }
    if (!cur || cur.exit !== undefined) continue;
    const exit = /^\[(no newline; )?exit (\d+)\]$/.exec(line);
    if (exit) {
      cur.exit = Number(exit[2]);
      if (exit[1]) cur.output = cur.output.slice(0, -1);
    } else cur.output += `${line}\n`;
  }
  if (cur) cases.push(cur);
  return cases;
}
