/**
 * GRUB 2.06 on Debian 12: /etc/default/grub as grub2-common ships it, the
 * grub.cfg that update-grub (grub-mkconfig with Debian's /etc/grub.d
 * scripts) generates for one kernel on an ext4 root in the first MBR
 * partition, and the modules grub-install copies to /boot/grub/i386-pc
 * (the ones a BIOS boot of this disk loads; the real directory has about
 * 280 of them).
 */

export const GRUB_VERSION = "2.06-13+deb12u1";

/** grub2-common: /etc/default/grub */
export const DEFAULT_GRUB =
  "# If you change this file, run 'update-grub' afterwards to update\n" +
  "# /boot/grub/grub.cfg.\n" +
  "# For full documentation of the options in this file, see:\n" +
  "#   info -f grub -n 'Simple configuration'\n" +
  "\n" +
  "GRUB_DEFAULT=0\n" +
  "GRUB_TIMEOUT=5\n" +
  "GRUB_DISTRIBUTOR=`lsb_release -i -s 2> /dev/null || echo Debian`\n" +
  'GRUB_CMDLINE_LINUX_DEFAULT="quiet"\n' +
  'GRUB_CMDLINE_LINUX=""\n' +
  "\n" +
  "# If your computer has multiple operating systems installed, then you\n" +
  "# probably want to run os-prober. However, if your computer is a host\n" +
  "# for guest OSes installed via LVM or raw disk devices, running\n" +
  "# os-prober can cause damage to those guest OSes as it mounts\n" +
  "# filesystems to look for things.\n" +
  "#GRUB_DISABLE_OS_PROBER=false\n" +
  "\n" +
  "# Uncomment to enable BadRAM filtering, modify to suit your needs\n" +
  "# This works with Linux (no patch required) and with any kernel that obtains\n" +
  "# the memory map information from GRUB (GNU Mach, kernel of FreeBSD ...)\n" +
  '#GRUB_BADRAM="0x01234567,0xfefefefe,0x89abcdef,0xefefefef"\n' +
  "\n" +
  "# Uncomment to disable graphical terminal\n" +
  "#GRUB_TERMINAL=console\n" +
  "\n" +
  "# The resolution used on graphical terminal\n" +
  "# note that you can use only modes which your graphic card supports via VBE\n" +
  "# you can see them in real GRUB with the command `vbeinfo'\n" +
  "#GRUB_GFXMODE=640x480\n" +
  "\n" +
  '# Uncomment if you don\'t want GRUB to pass "root=UUID=xxx" parameter to Linux\n' +
  "#GRUB_DISABLE_LINUX_UUID=true\n" +
  "\n" +
  "# Uncomment to disable generation of recovery mode menu entries\n" +
  '#GRUB_DISABLE_RECOVERY="true"\n' +
  "\n" +
  "# Uncomment to get a beep at grub start\n" +
  '#GRUB_INIT_TUNE="480 440 1"\n';

/** the scripts grub-mkconfig runs, in order (their text is not simulated; update-grub generates what they would) */
export const GRUB_D_SCRIPTS = ["00_header", "05_debian_theme", "10_linux", "20_linux_xen", "30_os-prober", "30_uefi-firmware", "40_custom", "41_custom"];

export const GRUB_40_CUSTOM =
  "#!/bin/sh\nexec tail -n +3 $0\n# This file provides an easy way to add custom menu entries.  Simply type the\n# menu entries you want to add after this comment.  Be careful not to change\n# the 'exec tail' line above.\n";

/** the bytes of a GRUB module's placeholder: a 32-bit little-endian ELF identification */
export const GRUB_MODULE_IMAGE = "\x7fELF\x01\x01\x01\x00";

/** modules in /boot/grub/i386-pc (a subset: what booting this disk uses) */
export const GRUB_MODULES = [
  "all_video", "biosdisk", "boot", "bufio", "crypto", "echo", "ext2", "extcmd", "fshelp", "gettext", "gfxterm",
  "gzio", "linux", "loadenv", "ls", "minicmd", "normal", "part_msdos", "png", "relocator", "search",
  "search_fs_uuid", "terminal", "test", "vbe", "vga", "video", "video_fb",
];

export interface GrubCfgOptions {
  rootUuid: string;
  /** kernel versions found in /boot, newest first */
  kernels: string[];
  /** GRUB_CMDLINE_LINUX_DEFAULT */
  cmdlineDefault: string;
  /** GRUB_CMDLINE_LINUX */
  cmdline: string;
  timeout: string;
  /** the language part of the LANG update-grub ran with ("C" for C.UTF-8); empty leaves out the locale lines */
  lang: string;
}

function searchBlock(uuid: string, indent: string): string {
  return (
    `${indent}insmod part_msdos\n${indent}insmod ext2\n${indent}set root='hd0,msdos1'\n` +
    `${indent}if [ x$feature_platform_search_hint = xy ]; then\n` +
    `${indent}  search --no-floppy --fs-uuid --set=root --hint-bios=hd0,msdos1 --hint-efi=hd0,msdos1 --hint-baremetal=ahci0,msdos1  ${uuid}\n` +
    `${indent}else\n${indent}  search --no-floppy --fs-uuid --set=root ${uuid}\n${indent}fi\n`
  );
}

function entry(o: GrubCfgOptions, version: string, title: string, id: string, args: string, indent: string): string {
  const i = indent;
  return (
    `${i}menuentry '${title}' --class debian --class gnu-linux --class gnu --class os $menuentry_id_option '${id}' {\n` +
    `${i}\tload_video\n${i}\tinsmod gzio\n${i}\tif [ x$grub_platform = xxen ]; then insmod xzio; insmod lzopio; fi\n` +
    searchBlock(o.rootUuid, `${i}\t`) +
    `${i}\techo\t'Loading Linux ${version} ...'\n` +
    `${i}\tlinux\t/boot/vmlinuz-${version} root=UUID=${o.rootUuid} ro ${args}\n` +
    `${i}\techo\t'Loading initial ramdisk ...'\n` +
    `${i}\tinitrd\t/boot/initrd.img-${version}\n` +
    `${i}}\n`
  );
}

/** /boot/grub/grub.cfg as grub-mkconfig writes it */
export function grubCfg(o: GrubCfgOptions): string {
  const uuid = o.rootUuid;
  let linux =
    "### BEGIN /etc/grub.d/10_linux ###\n" +
    "function gfxmode {\n\tset gfxpayload=\"${1}\"\n}\nset linux_gfx_mode=\nexport linux_gfx_mode\n";
  if (o.kernels.length > 0) {
    // as 10_linux writes them: "ro ${GRUB_CMDLINE_LINUX} ${GRUB_CMDLINE_LINUX_DEFAULT}", "ro single ${GRUB_CMDLINE_LINUX}"
    const args = `${o.cmdline} ${o.cmdlineDefault}`;
    linux += entry(o, o.kernels[0], "Debian GNU/Linux", `gnulinux-simple-${uuid}`, args, "");
    linux += `submenu 'Advanced options for Debian GNU/Linux' $menuentry_id_option 'gnulinux-advanced-${uuid}' {\n`;
    for (const v of o.kernels) {
      linux += entry(o, v, `Debian GNU/Linux, with Linux ${v}`, `gnulinux-${v}-advanced-${uuid}`, args, "\t");
      linux += entry(o, v, `Debian GNU/Linux, with Linux ${v} (recovery mode)`, `gnulinux-${v}-recovery-${uuid}`, `single ${o.cmdline}`, "\t");
    }
    linux += "}\n\n";
  }
  linux += "### END /etc/grub.d/10_linux ###\n";
  return (
    "#\n# DO NOT EDIT THIS FILE\n#\n# It is automatically generated by grub-mkconfig using templates\n# from /etc/grub.d and settings from /etc/default/grub\n#\n\n" +
    "### BEGIN /etc/grub.d/00_header ###\n" +
    "if [ -s $prefix/grubenv ]; then\n  set have_grubenv=true\n  load_env\nfi\n" +
    'if [ "${next_entry}" ] ; then\n   set default="${next_entry}"\n   set next_entry=\n   save_env next_entry\n   set boot_once=true\nelse\n   set default="0"\nfi\n\n' +
    'if [ x"${feature_menuentry_id}" = xy ]; then\n  menuentry_id_option="--id"\nelse\n  menuentry_id_option=""\nfi\n\nexport menuentry_id_option\n\n' +
    'if [ "${prev_saved_entry}" ]; then\n  set saved_entry="${prev_saved_entry}"\n  save_env saved_entry\n  set prev_saved_entry=\n  save_env prev_saved_entry\n  set boot_once=true\nfi\n\n' +
    'function savedefault {\n  if [ -z "${boot_once}" ]; then\n    saved_entry="${chosen}"\n    save_env saved_entry\n  fi\n}\n' +
    "function load_video {\n  if [ x$feature_all_video_module = xy ]; then\n    insmod all_video\n  else\n    insmod efi_gop\n    insmod efi_uga\n    insmod ieee1275_fb\n    insmod vbe\n    insmod vga\n    insmod video_bochs\n    insmod video_cirrus\n  fi\n}\n\n" +
    "if [ x$feature_default_font_path = xy ] ; then\n   font=unicode\nelse\n" +
    searchBlock(uuid, "") +
    '    font="/usr/share/grub/unicode.pf2"\nfi\n\n' +
    "if loadfont $font ; then\n  set gfxmode=auto\n  load_video\n  insmod gfxterm\n" +
    (o.lang ? `  set locale_dir=$prefix/locale\n  set lang=${o.lang}\n  insmod gettext\n` : "") +
    "fi\n" +
    "terminal_output gfxterm\n" +
    `if [ "\${recordfail}" = 1 ] ; then\n  set timeout=30\nelse\n  if [ x$feature_timeout_style = xy ] ; then\n    set timeout_style=menu\n    set timeout=${o.timeout}\n  # Fallback normal timeout code in case the timeout_style feature is\n  # unavailable.\n  else\n    set timeout=${o.timeout}\n  fi\nfi\n` +
    "### END /etc/grub.d/00_header ###\n\n" +
    // a server has no desktop-base: 05_debian_theme finds no background and sets the menu colours only
    "### BEGIN /etc/grub.d/05_debian_theme ###\n" +
    "set menu_color_normal=cyan/blue\nset menu_color_highlight=white/blue\n" +
    "### END /etc/grub.d/05_debian_theme ###\n\n" +
    linux +
    "\n### BEGIN /etc/grub.d/20_linux_xen ###\n### END /etc/grub.d/20_linux_xen ###\n\n" +
    "### BEGIN /etc/grub.d/30_os-prober ###\n### END /etc/grub.d/30_os-prober ###\n\n" +
    "### BEGIN /etc/grub.d/30_uefi-firmware ###\n### END /etc/grub.d/30_uefi-firmware ###\n\n" +
    "### BEGIN /etc/grub.d/40_custom ###\n# This file provides an easy way to add custom menu entries.  Simply type the\n# menu entries you want to add after this comment.  Be careful not to change\n# the 'exec tail' line above.\n### END /etc/grub.d/40_custom ###\n\n" +
    "### BEGIN /etc/grub.d/41_custom ###\nif [ -f  ${config_directory}/custom.cfg ]; then\n  source ${config_directory}/custom.cfg\nelif [ -z \"${config_directory}\" -a -f  $prefix/custom.cfg ]; then\n  source $prefix/custom.cfg\nfi\n### END /etc/grub.d/41_custom ###\n"
  );
}

/** The settings update-grub reads from /etc/default/grub (simple `NAME=value` lines, quotes removed). */
export function parseDefaultGrub(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const m = /^\s*(GRUB_[A-Z_]+)=(.*)$/.exec(line);
    if (!m) continue;
    let v = m[2].trim();
    if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) v = v.slice(1, -1);
    Object.defineProperty(out, m[1], { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
