/**
 * A subset of pcap-filter(7): primitives `[src|dst] host ADDR`, `[src|dst]
 * net CIDR`, `[src|dst] port N`, bare protocols `ip icmp tcp udp arp`, joined
 * with and/&&, or/||, not/!, and parentheses. Compiled to a predicate over a
 * frame; a parse error gives tcpdump's "syntax error" text.
 */
import { maskOf, networkOf, parseIp4 } from "../../../kernel/net/inet4.js";
import type { EthFrame } from "../../../kernel/net/packet/types.js";

export type FramePredicate = (f: EthFrame) => boolean;

type Dir = "src" | "dst" | "either";

function addrs(f: EthFrame, dir: Dir): string[] {
  if (f.type === "arp") {
    const a = f.arp!;
    return dir === "src" ? [a.spa] : dir === "dst" ? [a.tpa] : [a.spa, a.tpa];
  }
  const ip = f.ip!;
  return dir === "src" ? [ip.src] : dir === "dst" ? [ip.dst] : [ip.src, ip.dst];
}

function ports(f: EthFrame, dir: Dir): number[] {
  const t = f.ip?.tcp ?? f.ip?.udp;
  if (!t) return [];
  return dir === "src" ? [t.sport] : dir === "dst" ? [t.dport] : [t.sport, t.dport];
}

const PORT_NAMES: Record<string, number> = { http: 80, https: 443, ssh: 22, domain: 53, ftp: 21, telnet: 23, smtp: 25 };

export function compileFilter(words: string[]): FramePredicate | "syntax error" {
  let i = 0;
  const peek = () => words[i];
  const fail = () => {
    throw new SyntaxError("syntax error");
  };
  function primary(): FramePredicate {
    const w = words[i++];
    if (w === undefined) fail();
    if (w === "(") {
      const e = expr();
      if (words[i++] !== ")") fail();
      return e;
    }
    if (w === "not" || w === "!") {
      const e = primary();
      return (f) => !e(f);
    }
    let dir: Dir = "either";
    let kw = w;
    if (w === "src" || w === "dst") {
      dir = w;
      kw = words[i++];
      if (kw === undefined) fail();
    }
    switch (kw) {
      case "ip":
        return (f) => f.type === "ipv4";
      case "arp":
        return (f) => f.type === "arp";
      case "icmp":
      case "tcp":
      case "udp":
        return (f) => f.ip?.proto === kw;
      case "host": {
        const a = words[i++];
        if (a === undefined || parseIp4(a) === undefined) fail();
        return (f) => addrs(f, dir).includes(a);
      }
      case "net": {
        const a = words[i++] ?? "";
        const [net, len] = a.split("/");
        const n = parseIp4(net);
        const l = len === undefined ? 32 : Number(len);
        if (n === undefined || !(l >= 0 && l <= 32)) fail();
        return (f) => addrs(f, dir).some((x) => networkOf(parseIp4(x)!, l) === (n! & maskOf(l)) >>> 0);
      }
      case "port": {
        const p = words[i++] ?? "";
        const n = /^\d+$/.test(p) ? Number(p) : PORT_NAMES[p];
        if (n === undefined) fail();
        return (f) => ports(f, dir).includes(n!);
      }
      default:
        if (dir === "either" && parseIp4(kw) !== undefined) return (f) => addrs(f, "either").includes(kw);
        fail();
    }
    return fail();
  }
  function term(): FramePredicate {
    let left = primary();
    while (peek() === "and" || peek() === "&&") {
      i++;
      const l = left;
      const r = primary();
      left = (f) => l(f) && r(f);
    }
    return left;
  }
  function expr(): FramePredicate {
    let left = term();
    while (peek() === "or" || peek() === "||") {
      i++;
      const l = left;
      const r = term();
      left = (f) => l(f) || r(f);
    }
    return left;
  }
  if (words.length === 0) return () => true;
  // "host 10.0.0.2 and(icmp)" style tokens: split parentheses off words
  words = words.flatMap((w) => w.split(/([()])/).filter(Boolean));
  try {
    const e = expr();
    if (i !== words.length) fail();
    return e;
  } catch {
    return "syntax error";
  }
}
