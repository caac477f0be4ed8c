/**
 * blkid (util-linux 2.38.1): the attributes of block devices, every device
 * of /proc/partitions when none is named; -s TAG, -o value|device|export|full,
 * -U UUID and -L LABEL to find a device. Exit 2 when nothing was found.
 */
import type { Command } from "../types.js";
import { parseOrUsage } from "../files/program.js";
import { blockDeviceAt } from "./devio.js";
import { BLKID_MAN } from "./man-pages.js";
import { type Tags, deviceTags, tag } from "./probe-tags.js";

export const blkid: Command = {
  name: "blkid",
  summary: "blkid - locate/print block device attributes",
  man: BLKID_MAN,
  run(proc) {
    const parsed = parseOrUsage(proc, "blkid", [
      { key: "-s", short: "s", long: "match-tag", arg: "required" },
      { key: "-o", short: "o", long: "output", arg: "required" },
      { key: "-U", short: "U", long: "uuid", arg: "required" },
      { key: "-L", short: "L", long: "label", arg: "required" },
      { key: "-p", short: "p", long: "probe" },
      { key: "-c", short: "c", long: "cache-file", arg: "required" },
    ], { version: "blkid from util-linux 2.38.1  (libblkid 2.38.1, 14-Aug-2022)" });
    if ("exit" in parsed) return parsed.exit;
    const { opts, operands } = parsed;
    const kernel = proc.host.kernel;
    const all = kernel.block.devices();
    const find = opts.value("-U") ?? opts.value("-L");
    if (find !== undefined) {
      const want = opts.has("-U") ? "UUID" : "LABEL";
      const dev = all.find((d) => tag(deviceTags(kernel, d), want) === find);
      if (!dev) return 2;
      proc.stdout.write(`/dev/${dev.name}\n`);
      return 0;
    }
    const format = opts.value("-o") ?? "full";
    const only = opts.values("-s");
    let found = false;
    const targets = operands.length
      ? operands.map((op) => {
          const dev = blockDeviceAt(proc, proc.resolve(op));
          return { shown: op, dev: dev.ok ? dev.value : undefined };
        })
      : all.map((d) => ({ shown: `/dev/${d.name}`, dev: d }));
    for (const t of targets) {
      if (!t.dev) continue;
      let tags: Tags = deviceTags(kernel, t.dev);
      if (only.length) tags = tags.filter(([k]) => only.includes(k));
      if (tags.length === 0) continue;
      found = true;
      if (format === "value") proc.stdout.write(tags.map(([, v]) => `${v}\n`).join(""));
      else if (format === "device") proc.stdout.write(`${t.shown}\n`);
      else if (format === "export") proc.stdout.write(`DEVNAME=${t.shown}\n${tags.map(([k, v]) => `${k}=${v}\n`).join("")}\n`);
      else proc.stdout.write(`${t.shown}: ${tags.map(([k, v]) => `${k}="${v}"`).join(" ")}\n`);
    }
    return found ? 0 : 2;
  },
  complete: () => ["-s", "-o", "-U", "-L"],
};
