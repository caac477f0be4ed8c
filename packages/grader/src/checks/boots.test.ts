import { LabSession } from "@rootlab/sim";
import { describe, expect, it } from "vitest";
import { type CheckSpec, evaluateSpec } from "./index.js";

function lab(lines: string[]) {
  const s = LabSession.create("single");
  for (const l of lines) s.run(undefined, l);
  return s;
}

const boots = { kind: "boots", host: "host" } as const;

describe("boots", () => {
  it("passes on a healthy disk", () => {
    expect(evaluateSpec(lab([]), boots)).toEqual({ passed: true, detail: "Restarted, host boots from its disk to the login prompt." });
  });

  it("says where a damaged boot stops", () => {
    expect(evaluateSpec(lab(["dd if=/dev/zero of=/dev/sda bs=512 count=1"]), boots).detail).toMatch(/no boot signature.*No bootable device/);
    expect(evaluateSpec(lab(["dd if=/dev/zero of=/dev/sda bs=446 count=1"]), boots).detail).toMatch(/not a boot loader/);
    expect(evaluateSpec(lab(["dd if=/dev/zero of=/dev/sda bs=512 seek=1 count=8"]), boots).detail).toMatch(/core image/);
    expect(evaluateSpec(lab(["rm /boot/grub/i386-pc/normal.mod"]), boots).detail).toBe(
      "Restarted, host did not boot: GRUB stopped at its rescue prompt (error: file `/boot/grub/i386-pc/normal.mod' not found).",
    );
    expect(evaluateSpec(lab(["rm /boot/grub/grub.cfg"]), boots).detail).toMatch(/no grub\.cfg/);
  });

  it("grades the result: a restore from a dd backup and a reinstalled GRUB both pass", () => {
    const restored = lab(["dd if=/dev/sda of=/root/mbr.bak bs=512 count=1", "dd if=/dev/zero of=/dev/sda bs=446 count=1", "dd if=/root/mbr.bak of=/dev/sda bs=446 count=1"]);
    expect(evaluateSpec(restored, boots).passed).toBe(true);
    const reinstalled = lab(["dd if=/dev/zero of=/dev/sda bs=446 count=1", "grub-install /dev/sda"]);
    expect(evaluateSpec(reinstalled, boots).passed).toBe(true);
  });

  it("never touches the learner's machine", () => {
    const s = lab(["dd if=/dev/zero of=/dev/sda bs=446 count=1", "reboot", "rescue"]);
    const before = JSON.stringify(s.world.state);
    expect(evaluateSpec(s, boots).passed).toBe(false);
    expect(JSON.stringify(s.world.state)).toBe(before);
    expect(s.world.host("host")!.state.machine?.kind).toBe("rescue");
  });

  it("after-reboot fails when the machine does not come back", () => {
    const spec: CheckSpec = { kind: "after-reboot", host: "host", checks: [{ kind: "link", host: "host", dev: "eth0", up: true }] };
    expect(evaluateSpec(lab([]), spec).passed).toBe(true);
    const broken = evaluateSpec(lab(["dd if=/dev/zero of=/dev/sda bs=512 count=1"]), spec);
    expect(broken).toEqual({ passed: false, detail: 'After a reboot, host did not boot: the firmware found no boot signature on the disk ("No bootable device.").' });
  });
});
