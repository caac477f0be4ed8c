/**
 * The MBR partition types libfdisk knows (pt-mbr-partnames.h), in its
 * order, with fdisk's four-column listing (`l`, `L`) and the aliases
 * `t` accepts ("linux", "swap", ...).
 */
const TYPES: [number, string][] = [
  [0x00, "Empty"], [0x01, "FAT12"], [0x02, "XENIX root"], [0x03, "XENIX usr"], [0x04, "FAT16 <32M"], [0x05, "Extended"],
  [0x06, "FAT16"], [0x07, "HPFS/NTFS/exFAT"], [0x08, "AIX"], [0x09, "AIX bootable"], [0x0a, "OS/2 Boot Manager"],
  [0x0b, "W95 FAT32"], [0x0c, "W95 FAT32 (LBA)"], [0x0e, "W95 FAT16 (LBA)"], [0x0f, "W95 Ext'd (LBA)"], [0x10, "OPUS"],
  [0x11, "Hidden FAT12"], [0x12, "Compaq diagnostics"], [0x14, "Hidden FAT16 <32M"], [0x16, "Hidden FAT16"],
  [0x17, "Hidden HPFS/NTFS"], [0x18, "AST SmartSleep"], [0x1b, "Hidden W95 FAT32"], [0x1c, "Hidden W95 FAT32 (LBA)"],
  [0x1e, "Hidden W95 FAT16 (LBA)"], [0x24, "NEC DOS"], [0x27, "Hidden NTFS WinRE"], [0x39, "Plan 9"],
  [0x3c, "PartitionMagic recovery"], [0x40, "Venix 80286"], [0x41, "PPC PReP Boot"], [0x42, "SFS"], [0x4d, "QNX4.x"],
  [0x4e, "QNX4.x 2nd part"], [0x4f, "QNX4.x 3rd part"], [0x50, "OnTrack DM"], [0x51, "OnTrack DM6 Aux1"], [0x52, "CP/M"],
  [0x53, "OnTrack DM6 Aux3"], [0x54, "OnTrackDM6"], [0x55, "EZ-Drive"], [0x56, "Golden Bow"], [0x5c, "Priam Edisk"],
  [0x61, "SpeedStor"], [0x63, "GNU HURD or SysV"], [0x64, "Novell Netware 286"], [0x65, "Novell Netware 386"],
  [0x70, "DiskSecure Multi-Boot"], [0x75, "PC/IX"], [0x80, "Old Minix"], [0x81, "Minix / old Linux"],
  [0x82, "Linux swap / Solaris"], [0x83, "Linux"], [0x84, "OS/2 hidden or Intel hibernation"], [0x85, "Linux extended"],
  [0x86, "NTFS volume set"], [0x87, "NTFS volume set"], [0x88, "Linux plaintext"], [0x8e, "Linux LVM"], [0x93, "Amoeba"],
  [0x94, "Amoeba BBT"], [0x9f, "BSD/OS"], [0xa0, "IBM Thinkpad hibernation"], [0xa5, "FreeBSD"], [0xa6, "OpenBSD"],
  [0xa7, "NeXTSTEP"], [0xa8, "Darwin UFS"], [0xa9, "NetBSD"], [0xab, "Darwin boot"], [0xaf, "HFS / HFS+"], [0xb7, "BSDI fs"],
  [0xb8, "BSDI swap"], [0xbb, "Boot Wizard hidden"], [0xbc, "Acronis FAT32 LBA"], [0xbe, "Solaris boot"], [0xbf, "Solaris"],
  [0xc1, "DRDOS/sec (FAT-12)"], [0xc4, "DRDOS/sec (FAT-16 < 32M)"], [0xc6, "DRDOS/sec (FAT-16)"], [0xc7, "Syrinx"],
  [0xda, "Non-FS data"], [0xdb, "CP/M / CTOS / ..."], [0xde, "Dell Utility"], [0xdf, "BootIt"], [0xe1, "DOS access"],
  [0xe3, "DOS R/O"], [0xe4, "SpeedStor"], [0xea, "Linux extended boot"], [0xeb, "BeOS fs"], [0xee, "GPT"],
  [0xef, "EFI (FAT-12/16/32)"], [0xf0, "Linux/PA-RISC boot"], [0xf1, "SpeedStor"], [0xf4, "SpeedStor"],
  [0xf2, "DOS secondary"], [0xf8, "EBBR protective"], [0xfb, "VMware VMFS"], [0xfc, "VMware VMKCORE"],
  [0xfd, "Linux raid autodetect"], [0xfe, "LANstep"], [0xff, "BBT"],
];

export const ALIASES: [string, number][] = [
  ["linux", 0x83], ["swap", 0x82], ["extended", 0x05], ["uefi", 0xef], ["raid", 0xfd], ["lvm", 0x8e], ["linuxex", 0x85],
];

/** the type's name, "unknown" for a code libfdisk has no name for */
export function typeName(code: number): string {
  return TYPES.find(([c]) => c === code)?.[1] ?? "unknown";
}

/** what `t` makes of an answer: a hex code ("82", "0x82") or an alias; anything else is type 0 ("unknown") as libfdisk leaves it */
export function parseTypeAnswer(text: string): number {
  const alias = ALIASES.find(([a]) => a === text.toLowerCase());
  if (alias) return alias[1];
  const m = /^(?:0x)?([0-9a-fA-F]{1,2})$/.exec(text);
  return m ? Number.parseInt(m[1], 16) : 0;
}

/** fdisk's `l`: four columns, "NN name" with names cut to 15 columns, then the aliases */
export function listTypes(): string {
  const n = TYPES.length;
  const last: number[] = [];
  let done = 0;
  for (let i = 3; i >= 0; i--) {
    done += Math.floor((n + i - done) / (i + 1));
    last[3 - i] = done;
  }
  let out = "";
  let i = 0;
  let next = 0;
  done = 0;
  do {
    const [code, name] = TYPES[next];
    out += `${i ? "  " : "\n"}${code.toString(16).padStart(2, "0")} ${name.slice(0, 15).padEnd(15)}`;
    next = last[i++] + done;
    if (i > 3 || next >= last[i]) {
      i = 0;
      next = ++done;
    }
  } while (done < last[0]);
  out += "\n\nAliases:\n";
  for (const [alias, code] of ALIASES) out += `   ${alias.padEnd(14)} - ${code.toString(16).toUpperCase().padStart(2, "0")}\n`;
  return out;
}
