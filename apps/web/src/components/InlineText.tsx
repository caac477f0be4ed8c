/** Plain text from checks (messages, hints) with `backticks` shown as code; an unpaired backtick stays literal. */
export function InlineText({ text }: { text: string }) {
  const parts = text.split("`");
  if (parts.length % 2 === 0) parts.splice(-2, 2, `${parts.at(-2)}\`${parts.at(-1)}`);
  return <>{parts.map((p, i) => (i % 2 === 1 ? <code key={i} className="inline-code">{p}</code> : p))}</>;
}
