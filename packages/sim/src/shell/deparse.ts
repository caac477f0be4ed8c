/**
 * A command printed back as bash's make_command_string does (print_cmd.c):
 * what `jobs` and the job notices show for a background job (`sleep 3 &&
 * echo done`, `( exit 3 )`). Words keep their source text; compound
 * commands bash would print over several lines are kept on one.
 */
import type { AndOr, Command, List, Pipeline, Redir } from "./ast.js";

function redir(r: Redir): string {
  const fd = r.fd === null ? "" : String(r.fd);
  if (r.heredoc) return `${fd}${r.op} ${r.target.raw}`;
  // duplications are printed joined ("2>&1"), the others with a space ("> /dev/null")
  return r.op.endsWith("&") ? `${fd}${r.op}${r.target.raw}` : `${fd}${r.op} ${r.target.raw}`;
}

function withRedirs(text: string, redirs: Redir[]): string {
  return [text, ...redirs.map(redir)].join(" ");
}

export function commandText(c: Command): string {
  switch (c.k) {
    case "simple":
      return [...c.assigns.map((a) => `${a.name}${a.append ? "+=" : "="}${a.value.raw}`), ...c.words.map((w) => w.raw), ...c.redirs.map(redir)].join(" ");
    case "subshell":
      return withRedirs(`( ${listText(c.body)} )`, c.redirs);
    case "group":
      return withRedirs(`{ ${listText(c.body)}; }`, c.redirs);
    case "if":
      return withRedirs(
        `if ${c.clauses.map((cl, i) => `${i > 0 ? "elif " : ""}${listText(cl.cond)}; then ${listText(cl.body)}; `).join("")}${c.elseBody ? `else ${listText(c.elseBody)}; ` : ""}fi`,
        c.redirs,
      );
    case "for":
      return withRedirs(`for ${c.name}${c.words ? ` in ${c.words.map((w) => w.raw).join(" ")}` : ""}; do ${listText(c.body)}; done`, c.redirs);
    case "while":
      return withRedirs(`${c.until ? "until" : "while"} ${listText(c.cond)}; do ${listText(c.body)}; done`, c.redirs);
    case "case":
      return withRedirs(`case ${c.word.raw} in ${c.items.map((i) => `${i.patterns.map((p) => p.raw).join(" | ")}) ${listText(i.body)} ${i.term}`).join(" ")} esac`, c.redirs);
    case "arith":
      return withRedirs(`(( ${c.expr.raw} ))`, c.redirs);
    case "cond":
      return withRedirs(`[[ ${c.words.map((w) => w.raw).join(" ")} ]]`, c.redirs);
    case "funcdef":
      return c.src;
  }
}

export function pipelineText(p: Pipeline): string {
  const body = p.cmds.map(commandText).join(" | ");
  return `${p.timed ? (p.timed === "posix" ? "time -p " : "time ") : ""}${p.negate ? "! " : ""}${body}`;
}

export function andOrText(ao: AndOr): string {
  return [pipelineText(ao.first), ...ao.rest.map((r) => `${r.op} ${pipelineText(r.pipeline)}`)].join(" ");
}

export function listText(list: List): string {
  return list.items.map((i, n) => andOrText(i.andOr) + (i.background ? " &" : n < list.items.length - 1 ? ";" : "")).join(" ");
}
