/**
 * The comment match (libxt_comment): up to 255 characters kept with the
 * rule, listed between C comment markers and saved quoted when needed.
 */
import { x6Check, x6Parse } from "./options.js";
import { saveString } from "./save-string.js";
import type { MatchExtension } from "./types.js";

export const comment: MatchExtension<"comment"> = {
  name: "comment",
  kind: "comment",
  options: [{ name: "comment", id: 0, arg: true, mand: true }],
  help: `comment match options:
--comment COMMENT             Attach a comment to a rule
`,
  init: () => ({ kind: "comment", comment: "" }),
  parse(call) {
    x6Parse(comment, call);
    call.data.comment = call.arg.slice(0, 255);
  },
  check: (_d, xflags, env) => x6Check(comment, xflags, env),
  print: (data) => ` /* ${data.comment} */`,
  save: (data) => ` --comment${saveString(data.comment)}`,
};
