/**
 * Lines in an exercises.ts or solutions.ts: the TypeScript source is parsed
 * (not run) and a field path such as [0, "checks", 2, "spec"] is followed
 * through the exported array literal, object literals and constants declared
 * in the same file, to the line an author should look at.
 */
import ts from "typescript";
import type { ContentPath } from "../../src/issues.js";

export type LineOf = (path: ContentPath) => number;

/** A locator for paths inside `export const <exportName> = [...]` of `text`; line 1 when the export is not found. */
export function tsLocator(text: string, exportName: string): LineOf {
  const sf = ts.createSourceFile("x.ts", text, ts.ScriptTarget.Latest, true);
  const consts = new Map<string, ts.Expression>();
  for (const st of sf.statements)
    if (ts.isVariableStatement(st))
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) consts.set(d.name.text, d.initializer);
  const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;

  const value = (e: ts.Expression, depth = 0): ts.Expression => {
    while (ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isParenthesizedExpression(e) || ts.isTypeAssertionExpression(e)) e = e.expression;
    if (ts.isIdentifier(e) && consts.has(e.text) && depth < 8) return value(consts.get(e.text)!, depth + 1);
    return e;
  };

  return (path) => {
    const root = consts.get(exportName);
    if (!root) return 1;
    let node: ts.Node = root;
    let expr = value(root);
    for (const key of path) {
      let next: ts.Node | undefined;
      let nextExpr: ts.Expression | undefined;
      if (typeof key === "number" && ts.isArrayLiteralExpression(expr)) {
        const before = expr.elements.slice(0, key + 1);
        if (before.some(ts.isSpreadElement)) break; // indices past a spread can't be read from the source
        nextExpr = expr.elements[key];
        next = nextExpr;
      } else if (typeof key === "string" && ts.isObjectLiteralExpression(expr)) {
        const prop = expr.properties.find((p) => p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === key);
        if (prop && ts.isPropertyAssignment(prop)) nextExpr = prop.initializer;
        else if (prop && ts.isShorthandPropertyAssignment(prop)) nextExpr = prop.name;
        next = prop;
      }
      if (!next || !nextExpr) break;
      node = next;
      expr = value(nextExpr);
      // A field of a shared constant: point into the constant, where the text is.
      if (expr !== nextExpr && typeof key === "number") node = expr;
    }
    return lineOf(node);
  };
}
