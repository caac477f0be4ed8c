/** rootlab-sim end to end: the bin as authors run it, through npx's entry point. */
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = join(import.meta.dirname, "../../bin/rootlab-sim.mjs");

function sim(args: string[], input = "") {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", timeout: 30_000 });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

describe("rootlab-sim", () => {
  it("prints one JSON object per command line with --jsonl, as Debian's tools answer", () => {
    const r = sim(
      ["--lab", "single", "--jsonl"],
      "ip addr add 192.168.1.11/24 dev eth0\nip addr show dev eth0\nip addr add 192.168.1.11/24 dev eth0\n",
    );
    expect(r.status).toBe(0);
    const lines = r.out.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({ host: "host", cmd: "ip addr add 192.168.1.11/24 dev eth0", stdout: "", stderr: "", exit: 0 });
    expect(lines[1].stdout).toBe(
      "2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast state UP group default qlen 1000\n" +
        "    link/ether 52:54:00:12:34:56 brd ff:ff:ff:ff:ff:ff\n" +
        "    inet 192.168.1.10/24 brd 192.168.1.255 scope global eth0\n" +
        "       valid_lft forever preferred_lft forever\n" +
        "    inet 192.168.1.11/24 scope global secondary eth0\n" +
        "       valid_lft forever preferred_lft forever\n" +
        "    inet6 fe80::5054:ff:fe12:3456/64 scope link \n" +
        "       valid_lft forever preferred_lft forever\n",
    );
    expect(lines[2]).toMatchObject({ stderr: "Error: ipv4: Address already assigned.\n", exit: 2 });
  });

  it("shows what a terminal would without --jsonl, and runs @HOST lines and @advance", () => {
    const r = sim(["--lab", "single"], "hostname\n@host pwd\n@advance 1000\n@nohost ls\n");
    expect(r.out).toBe("root@host:~# hostname\nhost\nroot@host:~# pwd\n/root\n");
    expect(r.err).toBe('rootlab-sim: no host "nohost" in lab single (hosts: host)\n');
    expect(r.status).toBe(2);
  });

  it("ends quietly when its reader stops early (| head), as a program killed by SIGPIPE does", () => {
    const out = execFileSync("bash", ["-c", `printf 'ip a\\n%.0s' {1..400} | "${process.execPath}" "${BIN}" --lab single | head -1; echo "status \${PIPESTATUS[1]}"`], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 30_000,
    });
    expect(out).toBe("root@host:~# ip a\nstatus 0\n");
  });

  it("lists labs, and rejects bad options with a usage message", () => {
    expect(sim(["--list"]).out).toMatch(/^single\tOne host\thost$/m);
    const bad = sim(["--lab", "nope"]);
    expect(bad.status).toBe(2);
    expect(bad.err).toBe('rootlab-sim: no lab "nope" (try --list)\n');
    expect(sim(["--seed", "x", "--lab", "single"]).err).toMatch(/^rootlab-sim: --seed takes a non-negative integer/);
  });
});
