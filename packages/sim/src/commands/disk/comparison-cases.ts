/**
 * Command lines run against the real tools (util-linux 2.38.1, coreutils
 * 9.1, file 5.44, xxd) on an image file holding the simulated disk's bytes,
 * and against the simulation on /dev/sda. The image is called disk.img, as
 * long as "/dev/sda", so tables align the same; `setup` lines damage the
 * disk first. test-support/record-disk-fixtures.ts records them.
 */
export interface DiskCase {
  /** what is run, naming the disk "disk.img" */
  line: string;
  /** lines run before (not compared) */
  setup?: string[];
  /** input on stdin (fdisk dialogs) */
  input?: string;
}

const SESSION = (keys: string) => ({ line: "fdisk disk.img", input: keys });

export const DISK_CASES: DiskCase[] = [
  { line: "fdisk -l disk.img" },
  { line: "sfdisk -d disk.img" },
  { line: "file -s disk.img" },
  { line: "hexdump -C -n 512 disk.img" },
  { line: "hexdump -C -s 446 -n 66 disk.img" },
  { line: "xxd -l 512 disk.img" },
  { line: "xxd -s 446 -l 66 disk.img" },
  { line: "xxd -s 0x1b8 -l 4 disk.img" },
  { line: "od -A x -t x1z -N 512 disk.img" },
  { line: "od -A d -t x1 -j 510 -N 2 disk.img" },
  { line: "dd if=disk.img of=mbr.bak bs=512 count=1" },
  { line: "dd if=disk.img of=mbr.bak bs=512 count=1 && file mbr.bak && xxd -s 440 -l 72 mbr.bak" },
  { line: "dd if=disk.img bs=512 count=1 2>/dev/null | od -A x -t x1 | tail -5" },
  { line: "dd if=/dev/zero of=disk.img bs=446 count=1 conv=notrunc", setup: [] },
  { line: "file -s disk.img && fdisk -l disk.img", setup: ["dd if=/dev/zero of=disk.img bs=440 count=1 conv=notrunc status=none"] },
  { line: "file -s disk.img; fdisk -l disk.img; sfdisk -d disk.img", setup: ["dd if=/dev/zero of=disk.img bs=512 count=1 conv=notrunc status=none"] },
  { line: "hexdump -C -n 512 disk.img", setup: ["dd if=/dev/zero of=disk.img bs=512 count=1 conv=notrunc status=none"] },
  {
    line: "dd if=mbr.bak of=disk.img bs=512 count=1 conv=notrunc && fdisk -l disk.img",
    setup: ["dd if=disk.img of=mbr.bak bs=512 count=1 status=none", "dd if=/dev/zero of=disk.img bs=512 count=1 conv=notrunc status=none"],
  },
  {
    line: "sfdisk disk.img < sda.dump",
    setup: ["sfdisk -d disk.img > sda.dump", "dd if=/dev/zero of=disk.img bs=512 count=1 conv=notrunc status=none"],
  },
  { line: "sfdisk -l disk.img" },
  { line: "sfdisk disk.img < sda.dump", setup: ["sfdisk -d disk.img > sda.dump"] },
  { line: "sfdisk -d nosuch.img" },
  { line: "fdisk -l --bytes disk.img" },
  { line: "fdisk -l nosuch.img" },
  { line: "xxd -p -l 32 disk.img" },
  { line: "xxd -c 8 -s 510 -l 8 disk.img" },
  { line: "od -c -N 16 -j 384 disk.img" },
  { line: "od -A x -t x2 -N 32 disk.img" },
  { line: "hexdump -n 32 disk.img" },
  { line: "hexdump -C -s 0x100000 -n 16 disk.img" },
  { line: "dd if=disk.img of=/dev/null bs=1M count=2" },
  { line: "dd if=disk.img of=part.bak bs=4k skip=256 count=1 && file part.bak" },
  { line: "dd if=/dev/zero of=z.img bs=1k count=3 && dd if=disk.img of=z.img bs=512 count=1 conv=notrunc && wc -c < z.img && file z.img" },
  { line: "dd if=nosuch of=x" },
  { line: "dd if=disk.img of=x bs=abc" },
  { line: "dd foo" },
  SESSION("p\nq\n"),
  SESSION("m\nq\n"),
  SESSION("x\nq\n"),
  SESSION("d\n5\np\nq\n"),
  SESSION("d\n\nd\n\np\nq\n"),
  SESSION("d\n1\nn\np\n1\n\n\nq\n"),
  SESSION("d\n5\nn\nl\n\n\np\nq\n"),
  SESSION("d\n5\nd\n2\nn\n\n\n\n\np\nt\n2\n82\na\n2\np\nq\n"),
  SESSION("d\n5\nd\n2\nn\ne\n\n\n\nn\n\n\n+100M\np\nq\n"),
  SESSION("t\n1\nL\nq\n"),
  SESSION("t\n5\nfoo\n83\nq\n"),
  SESSION("a\n1\na\n1\nq\n"),
  SESSION("n\np\n3\n\n+100M\n\nq\n"),
  SESSION("z\nq\n"),
  SESSION("v\nq\n"),
  SESSION("o\np\nq\n"),
  SESSION("p\n"),
  SESSION("d\n5\nw\n"),
  { line: "printf 'o\\nn\\np\\n1\\n2048\\n39942143\\na\\nw\\n' | fdisk disk.img >/dev/null; fdisk -l disk.img" },
];
