import { describe, expect, it } from "vitest";
import { solutionBlock, solutionLines, templated } from "./recording.js";

describe("solutionLines", () => {
  it("writes the first host's lines as they are and another host's with @host", () => {
    const r = solutionLines(
      [
        { host: "machine_A", line: "sysctl -w net.ipv4.ip_forward=1" },
        { host: "machine_B", line: "ip route add default via 10.0.0.1" },
      ],
      "machine_A",
    );
    expect(r).toEqual({ lines: ["sysctl -w net.ipv4.ip_forward=1", "@machine_B ip route add default via 10.0.0.1"], skipped: [] });
  });

  it("says what it leaves out: time skips, editor keys, here-documents", () => {
    const r = solutionLines(
      [
        { advance: 5000 },
        { host: "host", line: "nano /etc/hosts", tty: { cols: 80, rows: 24, input: ["x\u0018"] } },
        { host: "host", line: "cat <<EOF > /tmp/x\nhi\nEOF" },
        { host: "host", line: "hostname" },
      ],
      "host",
    );
    expect(r.lines).toEqual(["hostname"]);
    expect(r.skipped).toHaveLength(3);
    expect(r.skipped[1]).toMatch(/^`nano \/etc\/hosts`: keys typed/);
  });

  it("writes the variant's values back as {{name}}, whole values only", () => {
    const values = { addr2: "192.168.1.56", addr3: "192.168.1.5", n: "1" };
    expect(templated("ip addr add 192.168.1.56/24 dev eth0; ping -c 1 192.168.1.5 192.168.1.560", values)).toBe(
      "ip addr add {{addr2}}/24 dev eth0; ping -c 1 {{addr3}} 192.168.1.560",
    );
    expect(solutionLines([{ host: "host", line: "ip addr add 192.168.1.56/24 dev eth0" }], "host", values).lines).toEqual(["ip addr add {{addr2}}/24 dev eth0"]);
  });

  it("formats a block to paste into solutions.ts", () => {
    expect(solutionBlock(['echo "a"', "ip a"])).toBe('reference: [\n  "echo \\"a\\"",\n  "ip a",\n],');
    expect(solutionBlock([])).toBe("reference: [],");
  });
});
