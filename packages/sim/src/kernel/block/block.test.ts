import { describe, expect, it } from "vitest";
import { asBytes } from "../../bytes.js";
import { BlockLayer, newBlockState } from "./block.js";
import { DEBIAN_LAYOUT, newDebianDisk } from "./install.js";
import { grubBootCode, isGrubBootCode } from "./images.js";
import { encodeLabel, hasMbrSignature, parseMbr } from "./mbr.js";
import { scanMessage, scanPartitions } from "./partitions.js";
import { intactImage, readBytes, readSector, writeBytes } from "./sectors.js";

function layer() {
  const disk = newDebianDisk();
  const { state, messages } = newBlockState([disk]);
  return { disk, state, messages, block: new BlockLayer(() => [disk], () => state) };
}

describe("the installer's disk", () => {
  it("has GRUB's boot code, the disk identifier, the table and the signature in sector 0", () => {
    const s0 = readSector(newDebianDisk(), 0);
    expect(s0.length).toBe(512);
    expect(isGrubBootCode(s0)).toBe(true);
    expect(s0.slice(0x180, 0x1a3)).toBe("GRUB \0Geom\0Hard Disk\0Read\0 Error\r\n\0");
    expect(s0.slice(440, 444)).toBe("\x6e\x5a\x7c\x8d");
    expect(hasMbrSignature(s0)).toBe(true);
  });

  it("reads back as the layout it was written from, logical partition and its EBR included", () => {
    const disk = newDebianDisk();
    expect(parseMbr((lba) => readSector(disk, lba))).toEqual(DEBIAN_LAYOUT);
  });

  it("is registered by the kernel as sda1, a 2-sector sda2 and sda5", () => {
    const { disk, messages } = layer();
    expect(scanPartitions(disk).map((p) => [p.name, p.start, p.sectors])).toEqual([
      ["sda1", 2048, 39940096],
      ["sda2", 39944190, 2],
      ["sda5", 39944192, 1996800],
    ]);
    expect(messages).toEqual([" sda: sda1 sda2 < sda5 >"]);
  });

  it("has no partitions once the signature is gone", () => {
    const disk = newDebianDisk();
    writeBytes(disk, 510, asBytes("\0\0"));
    expect(scanPartitions(disk)).toEqual([]);
    expect(scanMessage(disk, [])).toBe(" sda: unknown partition table");
  });
});

describe("a sparse disk", () => {
  it("stores only what differs from what it would read unwritten", () => {
    const disk = newDebianDisk();
    const fresh = JSON.stringify(disk);
    const mbr = readSector(disk, 0);
    const core = readBytes(disk, 512, 512 * 53);
    writeBytes(disk, 0, asBytes("\0".repeat(512 * 54)));
    expect(readSector(disk, 0)).toBe("\0".repeat(512));
    // the zeroed MBR is no longer stored; GRUB's core image now differs from its image and is; the EBR stays
    expect(Object.keys(disk.written)).toEqual([...Array.from({ length: 53 }, (_, i) => String(i + 1)), "39944190"]);
    writeBytes(disk, 0, mbr);
    writeBytes(disk, 512, core);
    expect(JSON.stringify(disk)).toBe(fresh);
  });

  it("writes inside a sector keep the rest of it", () => {
    const disk = newDebianDisk();
    writeBytes(disk, 100, asBytes("xyz"));
    const s0 = readSector(disk, 0);
    expect(s0.slice(100, 103)).toBe("xyz");
    expect(s0.slice(0, 3)).toBe(grubBootCode().slice(0, 3));
    expect(hasMbrSignature(s0)).toBe(true);
  });

  it("encodes a label the way it parses", () => {
    const sectors = encodeLabel(DEBIAN_LAYOUT, asBytes("\0".repeat(512)));
    expect([...sectors.keys()]).toEqual([0, 39944190]);
    expect(parseMbr((lba) => sectors.get(lba) ?? asBytes("\0".repeat(512)))).toEqual(DEBIAN_LAYOUT);
  });
});

describe("the block layer", () => {
  it("reads a partition from its own first byte and stops at its end", () => {
    const { block } = layer();
    const sda5 = block.byName("sda5")!;
    expect(block.read(sda5, 4086, 10)).toBe("SWAPSPACE2");
    expect(block.read(sda5, block.size(sda5) - 4, 100).length).toBe(4);
    expect(block.probe(block.byName("sda1")!)).toMatchObject({ type: "ext4", uuid: "3f1d2c9a-6b7e-4c1f-9a51-2e8d0b7c4a10" });
    expect(block.probe(block.byName("sda2")!)).toBeUndefined();
  });

  it("refuses to re-read the table while a partition is mounted, and re-reads it when none is", () => {
    const { block, disk, state } = layer();
    state.mounts.push({ source: "/dev/sda1", target: "/", fstype: "ext4", options: "rw", root: { fs: "root" } });
    expect(block.rereadPartitions(disk)).toEqual({ ok: false, errno: "EBUSY" });
    expect(block.deletePartition(disk, 1)).toEqual({ ok: false, errno: "EBUSY" });
    expect(block.deletePartition(disk, 5).ok).toBe(true);
    expect(block.devices().map((d) => d.name)).toEqual(["sda", "sda1", "sda2"]);
    state.mounts.length = 0;
    expect(block.rereadPartitions(disk).ok).toBe(true);
    expect(block.devices().map((d) => d.name)).toEqual(["sda", "sda1", "sda2", "sda5"]);
  });

  it("finds the next sector holding data, for dumps that skip zeros", () => {
    const { block } = layer();
    const sda = block.byName("sda")!;
    expect(block.nextData(sda, 0)).toBe(0);
    // GRUB's embedded core.img and its parity end at sector 106; the ext4 superblock is 2 sectors into sda1
    expect(block.nextData(sda, 106 * 512)).toBe(106 * 512);
    expect(block.nextData(sda, 107 * 512)).toBe((2048 + 2) * 512);
    expect(block.nextData(sda, 41940992 * 512)).toBe(41943040 * 512);
  });

  it("unmounts only what nothing is mounted below", () => {
    const { block } = layer();
    block.mount({ source: "/dev/sda1", target: "/mnt", fstype: "ext4", options: "rw", root: { fs: "root" } });
    block.mount({ source: "proc", target: "/mnt/proc", fstype: "proc", options: "rw", root: { pseudo: "proc" } });
    expect(block.umount("/mnt")).toEqual({ ok: false, errno: "EBUSY" });
    expect(block.umount("/mnt/proc").ok).toBe(true);
    expect(block.umount("/mnt").ok).toBe(true);
    expect(block.umount("/mnt")).toEqual({ ok: false, errno: "EINVAL" });
  });
});

describe("an image's sectors written over", () => {
  const coreLba = () => newDebianDisk().images.find((i) => i.kind === "grub-core")!.lba;

  it("leave the image intact while the writes are elsewhere, few or many", () => {
    const disk = newDebianDisk();
    expect(intactImage(disk, "grub-core", coreLba())).toBeDefined();
    // more written sectors than core.img spans, none inside it (past the embedding area, before sda1)
    for (let lba = 200; lba < 400; lba++) writeBytes(disk, lba * 512, asBytes("x".repeat(512)));
    expect(Object.keys(disk.written).length).toBeGreaterThan(106);
    expect(intactImage(disk, "grub-core", coreLba())).toBeDefined();
  });

  it("break the image when one lands inside it, few writes or many", () => {
    for (const others of [0, 300]) {
      const disk = newDebianDisk();
      for (let lba = 200; lba < 200 + others; lba++) writeBytes(disk, lba * 512, asBytes("x".repeat(512)));
      writeBytes(disk, (coreLba() + 7) * 512, asBytes("y".repeat(512)));
      expect(intactImage(disk, "grub-core", coreLba())).toBeUndefined();
    }
  });
});
