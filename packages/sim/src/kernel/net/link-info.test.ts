import { describe, expect, it } from "vitest";
import { Clock, newClockState } from "../../world/clock.js";
import { Kernel } from "../kernel.js";
import { newKernelState } from "../power-on.js";

function kernel(): Kernel {
  const nics = [
    { name: "eth0", mac: "52:54:00:12:34:56" },
    { name: "eth1", mac: "52:54:00:12:34:57", carrier: false },
  ];
  return new Kernel(newKernelState({ hostname: "host", nics }), new Clock(newClockState()));
}

describe("linkInfo", () => {
  it("gives lo and a virtio NIC Linux 6.1's limits", () => {
    const k = kernel();
    expect(k.linkInfo(1)).toMatchObject({ minMtu: 0, maxMtu: 0, tsoMaxSize: 524280, gsoMaxSize: 65536, carrierChanges: 0 });
    expect(k.linkInfo(1)?.parentDev).toBeUndefined();
    expect(k.linkInfo(2)).toMatchObject({ minMtu: 68, maxMtu: 65535, tsoMaxSize: 65536, numTxQueues: 1, parentBus: "virtio", parentDev: "virtio0" });
    expect(k.linkInfo(3)?.parentDev).toBe("virtio1");
    expect(k.linkInfo(9)).toBeUndefined();
  });

  it("counts the probe's carrier off and on, then each change of the cable, not admin up/down", () => {
    const k = kernel();
    expect(k.linkInfo(2)?.carrierChanges).toBe(2);
    expect(k.linkInfo(3)?.carrierChanges).toBe(1);
    k.setLinkUp(2, true);
    k.setLinkUp(2, false);
    expect(k.linkInfo(2)?.carrierChanges).toBe(2);
    k.setCarrier(2, false);
    k.setCarrier(2, false);
    expect(k.linkInfo(2)?.carrierChanges).toBe(3);
    k.setCarrier(3, true);
    expect(k.linkInfo(3)?.carrierChanges).toBe(2);
  });
});
