/** http:// URLs as curl and wget take them: scheme optional, host, optional port, path. */
export interface HttpUrl {
  host: string;
  port: number;
  /** "/..." */
  path: string;
  /** host[:port] as the Host header carries it */
  hostHeader: string;
  /** the URL normalised ("http://10.0.0.2/") */
  text: string;
}

export function parseHttpUrl(input: string): HttpUrl | "unsupported" | "bad" {
  let rest = input;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(rest);
  if (scheme) {
    if (scheme[1].toLowerCase() !== "http") return "unsupported";
    rest = rest.slice(scheme[0].length);
  }
  const slash = rest.search(/[/?#]/);
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  let path = slash < 0 ? "/" : rest.slice(slash);
  if (path.startsWith("?")) path = `/${path}`;
  path = path.replace(/#.*/, "") || "/";
  const m = /^([A-Za-z0-9._-]+)(?::(\d*))?$/.exec(authority);
  if (!m) return "bad";
  const port = m[2] ? Number(m[2]) : 80;
  if (port < 1 || port > 65535) return "bad";
  const hostHeader = port === 80 ? m[1] : `${m[1]}:${port}`;
  return { host: m[1], port, path, hostHeader, text: `http://${hostHeader}${path}` };
}
