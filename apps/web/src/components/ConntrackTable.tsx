/**
 * The live connection tracking table beside the terminal: what `conntrack
 * -L` would list on the chosen host, redrawn after every command line and
 * every fast-forward, with the seconds left counting down on the lab's
 * virtual clock and entries leaving when their time is up. NAT shows as
 * before → after. A real <table> (screen readers read it as one); the host
 * picker is a plain <select>.
 */
import type { ConntrackView } from "@/topology/conntrack";

export function ConntrackTable({ view, hosts, onHost }: { view: ConntrackView; hosts: string[]; onHost: (host: string) => void }) {
  const n = view.rows.length;
  return (
    <section className="conntrack-panel" aria-labelledby="conntrack-title">
      <div className="conntrack-head">
        <h3 id="conntrack-title">
          Connection tracking <span className="conntrack-count">· {n === 1 ? "1 entry" : `${n} entries`}</span>
        </h3>
        {hosts.length > 1 ? (
          <label className="host-picker">
            on{" "}
            <select value={view.host} onChange={(e) => onHost(e.target.value)} aria-label="Host whose table is shown">
              {hosts.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <span className="conntrack-host">on {view.host}</span>
        )}
      </div>
      {n === 0 ? (
        <p className="conntrack-empty">No entries{view.tracking ? "" : " (nothing needs connection tracking on this host yet)"}.</p>
      ) : (
        <table className="conntrack-table" data-host={view.host}>
          <thead>
            <tr>
              <th scope="col">proto</th>
              <th scope="col">state</th>
              <th scope="col">original</th>
              <th scope="col">reply</th>
              <th scope="col">NAT</th>
              <th scope="col">flags</th>
              <th scope="col">timeout</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r) => (
              <tr key={r.id} data-entry={r.id}>
                <td>{r.proto}</td>
                <td className="conntrack-state">{r.state}</td>
                <td className="conntrack-tuple">{r.original}</td>
                <td className="conntrack-tuple">{r.reply}</td>
                <td className="conntrack-tuple">{r.nat ? `${r.nat.kind} ${r.nat.before} → ${r.nat.after}` : ""}</td>
                <td>{r.flags.map((f) => `[${f}]`).join(" ")}</td>
                <td className="conntrack-timeout">{r.secondsLeft} s</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
