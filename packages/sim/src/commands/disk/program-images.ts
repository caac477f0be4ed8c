/**
 * What file 5.44 says of the programs a Debian 12 host has, for the
 * simulation's stand-ins of them. The disk holds the same 8-byte ELF
 * placeholder for every program (fs/debian-tree/programs.ts) and one for
 * every GRUB module; file(1) on the real Debian 12 reads each program's
 * headers and prints its class, type, interpreter and BuildID. This table
 * is that line per program, recorded from the real binaries at the same
 * paths (fixtures/file-programs.jsonl, record-file-programs.sh), keyed by
 * the path the program really lives at (every symlink resolved).
 *
 * A placeholder anywhere else (a copy in /tmp) is described by its own 8
 * bytes, as file(1) describes them: "ELF 64-bit LSB (SYSV)".
 * The setuid/setgid/sticky words come from the file's mode, not from here.
 */
import { GRUB_MODULE_IMAGE } from "../../fs/debian-tree/grub-files.js";
import { PROGRAM_IMAGE } from "../../fs/debian-tree/programs.js";

/** a dynamically linked position-independent x86-64 executable: all but a few of Debian 12's programs */
const pie = (buildId: string) =>
  `ELF 64-bit LSB pie executable, x86-64, version 1 (SYSV), dynamically linked, interpreter /lib64/ld-linux-x86-64.so.2, BuildID[sha1]=${buildId}, for GNU/Linux 3.2.0, stripped`;

/** real path -> its BuildID (a PIE as `pie` says) or file's whole line */
const PROGRAMS: Record<string, string> = {
  "/usr/bin/[": "f7795cd5b54bfa71cab88f597d40c6d6229d679c",
  "/usr/bin/apt": "157631f2617f73dee730273c7c598fd4d17b7284",
  "/usr/bin/apt-cache": "0e651a7cb1a6607d2ef7821cc7ad4b420b6d683c",
  "/usr/bin/apt-get": "286f4abe2da6341ef32cf6c52bdb33604ebee8be",
  "/usr/bin/arch": "9af47c5922f165fd4a1a93c95c7522cb800a5a68",
  "/usr/bin/b2sum": "dbbb1b2608d5c58b685aa19597da38252fe2923e",
  "/usr/bin/base32": "6abb3572f54c129e3ea67a61330bfc8d1c96f7c0",
  "/usr/bin/base64": "204f8e84ab43dfde53eba9ece42de3333215f385",
  "/usr/bin/basename": "cce5d9d95de3d376f6e4a672cb0984ee94da7cf2",
  "/usr/bin/bash": "135afc8c6d1b9e02356cce218bf0109c3687ad9f",
  "/usr/bin/bsd-mailx": "21c2141bf0587d60ae4da78e0dc4053502be26e6",
  "/usr/bin/cat": "b39fcce36ca2f4d03cae6b3e13d12cbb74c413e8",
  "/usr/bin/chattr": "ef15370a924d887a5a7623fb7a36fd8333d1060b",
  "/usr/bin/chgrp": "771553dd0f08620ce4f1c7617222f6540acc1958",
  "/usr/bin/chmod": "59877f12944e750c88a16480f4eb8fbb7a94c726",
  "/usr/bin/chown": "0bc3267c77e8ab495e750bd3ac630400d379908c",
  "/usr/bin/cksum": "0f959da75a6ace50039042f2fc306229cf44e4b6",
  "/usr/bin/clear": "5f31d247024399ac01a2a416d4dbf647d4a3d775",
  "/usr/bin/cmp": "fc0f95207125b3af81df039981fee8e1cc7535e2",
  "/usr/bin/comm": "7dd096699f4027e3001c6e5c48d962fdfd1c470a",
  "/usr/bin/cp": "e8f03b272b3dbd03cc8748cf2b52744a58d0cf5c",
  "/usr/bin/crontab": "d85df4195f321ff8e16624fe77f9efd018b4118a",
  "/usr/bin/curl": "610c90510308207fedce0b82d30177a785480942",
  "/usr/bin/cut": "3f2badf9c70583dc86ccf38d135e9cf1fbb9daaa",
  "/usr/bin/dash": "be6397ddffc3e384c505d7deab3bed190c884df9",
  "/usr/bin/date": "c89b11207f6479603b0d49bf291c092c2b719293",
  "/usr/bin/dd": "e59f954969893171a6b23be9244b941749e1257f",
  "/usr/bin/df": "2e13a8652cd172461bccd7e5f5bd1e4de51d2e9b",
  "/usr/bin/diff": "fb8b2c724ea573d58b7e0fa35e0b41e03b896d27",
  "/usr/bin/dir": "e9b51dbff5f4daeb83c3da2ca422a9bca52a1fd9",
  "/usr/bin/dircolors": "d7fb5ffcc84b40e326377c72867af53da35ee5d4",
  "/usr/bin/dirname": "9bb24fa41fd5dac058ae3731279444acf0238085",
  "/usr/bin/dmesg": "fa22d6368e1d3c5f6c612840b3b75c4fba1f36c1",
  "/usr/bin/dpkg": "c25f9c0ff3fec8ef45b7988d08c7477d4406b988",
  "/usr/bin/dpkg-query": "935c684a4df5002f20082ec209ba4d6da5ff99ad",
  "/usr/bin/du": "1c68c9968463036f18df0545877e679abc17faab",
  "/usr/bin/echo": "a18e44e70d0bf293fabf3685eb1b75bd89fa6663",
  "/usr/bin/egrep": "POSIX shell script, ASCII text executable",
  "/usr/bin/env": "2a20aed1e513ad653e002bcb7fd80c9bbb686f62",
  "/usr/bin/expand": "b6aa76c725414f419f67a2c24d7254d6633b14f2",
  "/usr/bin/expr": "b919757cbc30fbb64b14498222499d972fd80acd",
  "/usr/bin/factor": "aa3195674722c7948de2d93cfeef8fe117ec19ef",
  "/usr/bin/false": "4befad5f61685d729a5ca436874ce26f43017137",
  "/usr/bin/fgrep": "POSIX shell script, ASCII text executable",
  "/usr/bin/file": "966425c361b63d074fc66bf6e1c2bb9abe6f3bd5",
  "/usr/bin/find": "5545a6c7162d325fbe5ffabcbfe4e5521b66ce70",
  "/usr/bin/fmt": "9d27a33507f57b32d2cbe099c1588299144077c3",
  "/usr/bin/fold": "4f849e249c80e87eb15ffe112b2bd6bd0e592fff",
  "/usr/bin/free": "ba843e11378070a0ca6f7d80273fc20573c7a362",
  "/usr/bin/getent": "396f9f4a225bc51345009174cc067532806fef46",
  "/usr/bin/grep": "e7dce0c526726e7b62c5a2fef209416f0db5ba24",
  "/usr/bin/groups": "6198b346e25528b10dd0e5bf0750548516ea3856",
  "/usr/bin/gunzip": "POSIX shell script, ASCII text executable",
  "/usr/bin/gzip": "5dc767c02e183bb92c91cd56be96c493d8255f86",
  "/usr/bin/head": "136446c8f146b69e22df9ba842c278c30b6bc9d0",
  "/usr/bin/hexdump": "f630ffd8ebe68320897a0a02128b733e8d0cfd1d",
  "/usr/bin/hostid": "bf2b1399b2dabb274a16e8ac6e0675262a9f1052",
  "/usr/bin/hostname": "b75c600c6cc0cd9afd8f8a2390d9db0f89341e8e",
  "/usr/bin/id": "9db18ea3b88543130f870aa071d9216955c2a541",
  "/usr/bin/install": "360f65babceddd461975190da4c9ae45993cadcb",
  "/usr/bin/ip": "d93c2d4976d45950591ef53ddc236c4667f554de",
  "/usr/bin/join": "dc923993b6b5dd068ff6e974dce5d35353c36f89",
  "/usr/bin/journalctl": "0373ade4f299c10b022357a590d65bcfdc034965",
  "/usr/bin/kill": "c4a070b56cebc3abd8ca5aca88c745c04200b4be",
  "/usr/bin/kmod": "7fff9b7bbfc0a07f7d2cacb3cff6bbedc99b5994",
  "/usr/bin/last": "86c436eb2f2020a260b4b1437063037ef157b8da",
  "/usr/bin/less": "22335a171e39852a184c09c5c80e8a27fa10283c",
  "/usr/bin/link": "ea543391dc36870ec51bad64993087825279b5a1",
  "/usr/bin/ln": "5774e9e2b295caba0721d3c917ba5671b8ce3243",
  "/usr/bin/logger": "a54c65b14b3c22ce365e0df3d286070b0ac09b00",
  "/usr/bin/login": "cd6c137ca99f3c2eca993b5686bdda1d5a72f059",
  "/usr/bin/logname": "2555f23dbc4ad802a33543ff190ddad55ced4214",
  "/usr/bin/ls": "15dfff3239aa7c3b16a71e6b2e3b6e4009dab998",
  "/usr/bin/lsattr": "9fa6def6355c133ed481c4366d541798be6e453e",
  "/usr/bin/lsblk": "f273ce2244014a4248186f11c1886f2b55cadf86",
  "/usr/bin/man": "70bd707aa6a7ea95d80aaa2933e2d49f1cc56c5f",
  "/usr/bin/mariadb": "4bd945a0b6a039a60282563edd02a8f95e6449bd",
  "/usr/bin/mariadb-dump": "e8f5e45425f7bcb56fac94c4bd3796ce1f4fc698",
  "/usr/bin/mawk": "dedddd637101a030c06821de15b8b565ff126240",
  "/usr/bin/md5sum": "2c819708bbd173d9c46964cbd622ea916d9b8846",
  "/usr/bin/mkdir": "ca2afd66da4394454a0d5eed3543096906441990",
  "/usr/bin/mkfifo": "279a583f887df8b507ca3f74b1f9f1e555422042",
  "/usr/bin/mknod": "bcf7e1fa16223c874380894f61af45a8bff47846",
  "/usr/bin/mktemp": "508b43e70dac0de6f631efdac3b73dab09ae1b5e",
  "/usr/bin/more": "565c852e43cdb9a7f94f94af79bab5fa70113be9",
  "/usr/bin/mount": "94c1e5ae5c208d12f1506b0af6cb578ad8255251",
  "/usr/bin/mv": "24ef388d6e73508a1be274e260bbe654edb327be",
  "/usr/bin/nano": "39209e3f1ae401338bb8b63a5e1a0a85895f93a8",
  "/usr/bin/nc.openbsd": "6b20c8bf7fd7ea8a45ca9b80a7ec6b1fcabc0652",
  "/usr/bin/netstat": "608ef0e456668f2c6b2d6b83cedef2702914c06d",
  "/usr/bin/nice": "10f7f02f94c37284202646714455d390fc5c8ddf",
  "/usr/bin/nl": "14539fef4789eac6a9ee5ed85e2e63bc46d220c7",
  "/usr/bin/nohup": "f38418c2c3acee189b74593d19fd9839f97fb397",
  "/usr/bin/nproc": "65065703bb69ddba88e860e286855f4aa1f17719",
  "/usr/bin/od": "c07f98772b55bd3d86a28eb0ef033cd0ab1193e3",
  "/usr/bin/passwd": "7018439a99b7f3cf7e6a6ecf8112a1ec6bf259fe",
  "/usr/bin/paste": "f1b214d9465477a3764500baa93c9f0ad3e08067",
  "/usr/bin/pgrep": "89b5bcf7eef5d73fec3c3155426766e076b5b3e0",
  "/usr/bin/ping": "4f75c6991b771bd1c2409e239d5354b58f4d3062",
  "/usr/bin/pr": "0cf4d3a45c2f65140284b9d3d2c25ea3faacecb8",
  "/usr/bin/printenv": "0cb7324a5e912291f074b6f131d312b306be336c",
  "/usr/bin/printf": "453965851bfde9943d10da8266297ba43f041bb2",
  "/usr/bin/ps": "06d2ac10ac8ccbb257d811363fb2fee92c77872d",
  "/usr/bin/pwd": "63da4c9ed4a402364b855543944299e50cd34c25",
  "/usr/bin/readlink": "ca44193599f302ae4b74f682ea0ffcf33b3e5104",
  "/usr/bin/realpath": "b67ec93e6e2ff5f11400549c2095c7f989cb005c",
  "/usr/bin/rm": "e8b7e344eda821652030f20cd66139fba719927b",
  "/usr/bin/rmdir": "2488be8c93e5cd997a9ea0f84541c2b90f7a7890",
  "/usr/bin/run-parts": "67ebe195f5ac63c8df01b0d861a4bc764b103366",
  "/usr/bin/scp": "4f0931dc3422f7b46b59e964771981c0d444f12f",
  "/usr/bin/sed": "93557329f496826edbeb09bfe62c15f1b2430de5",
  "/usr/bin/sensible-editor": "POSIX shell script, ASCII text executable",
  "/usr/bin/seq": "102c01a482486cf7464ac936350a657487b58268",
  "/usr/bin/sha1sum": "59309bc264e17dac7ac08456b0abdb5787e8327c",
  "/usr/bin/sha256sum": "27be6e4fdbd1b91e74ef11ac76129c1757362d49",
  "/usr/bin/sha512sum": "63390c2e52c69f183a066caa4c7c6ab641ddd899",
  "/usr/bin/sleep": "e3103c603f624119a9e5c025e4e5dc430f8519b0",
  "/usr/bin/sort": "628e28329c2296b3a0e66712bfeb89b5ba24e930",
  "/usr/bin/split": "8a9104ef22f050e16f59a86cf3306c37ff51d4bc",
  "/usr/bin/ss": "e3f61dd540d153b52ee8c60e2f2fe882d297bac3",
  "/usr/bin/ssh": "3be9445395bf770c7db5864b50538bcadefb4071",
  "/usr/bin/ssh-keygen": "1c492df87c4cfe16924b963cbbf5862c21675426",
  "/usr/bin/stat": "766f63ba63dcf38fc4a9c0b7af64539b8d41bf26",
  "/usr/bin/stty": "4f906d8fa8553ff45f5cc4af8e6c7ad5bed7b3e8",
  "/usr/bin/su": "18b5c96e6da8895cf536797a39f20ba033c3af17",
  "/usr/bin/sync": "47e7d862806b0997991bb38543aa92f65ca628a2",
  "/usr/bin/systemctl": "b74cc0f506f4f628387d4e37d69db26d5d95188c",
  "/usr/bin/sz": "d3998479beb3efb3b6c10746dd87a1abba844a29",
  "/usr/bin/tac": "4f282f4a48024a77bbff57ee209d064f0edf1374",
  "/usr/bin/tail": "56c3f841844926bb8253966b3de5807fae025930",
  "/usr/bin/tar": "7e68e3094abf707c55b0a7baaac5c3a956347b0c",
  "/usr/bin/tcpdump": "c289093ec2189246705b9595620fee14344a87dc",
  "/usr/bin/tee": "dbe2621d9e0c70ee5f3c68bdccc42fc78425798c",
  "/usr/bin/test": "50fc583e1775f738b4c6adfbf28a7dde114f05dd",
  "/usr/bin/timeout": "b1edf383f73809da039e8802cc3422daac38959e",
  "/usr/bin/top": "05e91b121365a18862f17aced76a78c5dfd44f82",
  "/usr/bin/touch": "c8a75088be5c29edaa51b59ab1ac0e8e8fb1333e",
  "/usr/bin/tr": "6af5e0a3ab080992ddf0b537356f86a89e1ce6fb",
  "/usr/bin/tracepath": "d0990bfe717f8dcf8994e50786c6634e36847838",
  "/usr/bin/traceroute.db": "817ab273cc818057700246b7b3b118a0e1d51b75",
  "/usr/bin/true": "c89156ebdabf859f4ee70cb0c303004dccf1ae51",
  "/usr/bin/truncate": "7da4ac2909eeddc8160d5cea080606d0b18662dd",
  "/usr/bin/tty": "ae9145db1e299c8d511665ab54af58954aba952f",
  "/usr/bin/umount": "af7b0b189c8854faaabaebbffe12eb2c725ca670",
  "/usr/bin/uname": "b4f63eb28ee9ad13815e91b803c29155d52660ef",
  "/usr/bin/uniq": "27d8362f8df5042d3e7144ee530c4fa9e0216263",
  "/usr/bin/unlink": "15162061e09c860c0de4dd7f761bac101daa10e6",
  "/usr/bin/uptime": "7877d13fac2b1e4532b5d85b6c29398b146fdfe5",
  "/usr/bin/users": "117b59ab94849903d8b1fa3921a8d32710eff867",
  "/usr/bin/vdir": "a690fa83d754b768d146c59e45bdb8ac2938a8f3",
  "/usr/bin/vim.tiny": "8faacfc2645dcfce6ba59f04093c7a7924ef3db3",
  "/usr/bin/w": "182fd8299e81ee5afb1a2c7a9c65fb193fa0796d",
  "/usr/bin/wc": "7ac9a936f1365db6cabbfc5c25c5d8c93af784ed",
  "/usr/bin/wget": "8090dabe6f15dda67076fed5cb799deca6a06620",
  "/usr/bin/whatis": "28ba9f9e0183377ae7bcbbaf4567abe970b6e7c3",
  "/usr/bin/which.debianutils": "POSIX shell script, ASCII text executable",
  "/usr/bin/who": "7452f51e2cad25a2620b83ae95486303bf85d3e6",
  "/usr/bin/whoami": "20273c615f1f12e7ce2030d65d9f9c89f6488ad8",
  "/usr/bin/xargs": "d49e1129157b74136919407d9a0bea4fe7301abc",
  "/usr/bin/xxd": "0cb3f36cb14581f8b56e8480baa6587b9485094b",
  "/usr/bin/yes": "0a178eaa2012cd2beae5d85363e77172751ac7ea",
  "/usr/bin/zcat": "POSIX shell script, ASCII text executable",
  "/usr/lib/systemd/systemd": "f8e54da3b69e14328d6db06ea91f631e2ee399ee",
  "/usr/sbin/adduser": "Perl script text executable",
  "/usr/sbin/agetty": "11f8ac4f0da5b8f522ce415601be55de10bfdb52",
  "/usr/sbin/arp": "f112fc2163351e1c80cc34ba3325488fdf9f44c7",
  "/usr/sbin/blkid": "79c9dc6b8a18ad9883e3ad09a8929903ed4b3f91",
  "/usr/sbin/blockdev": "f7d44eb356f1a3cb1cdc4f9fa1c51e4fdbba4392",
  "/usr/sbin/bridge": "93eaabdbca0fd46669cbe83a3b954ef8ec09e718",
  "/usr/sbin/chpasswd": "d60bebd9a78241e90bbf58790a3032629fdc4a41",
  "/usr/sbin/chroot": "db20f41fb77ba1e8a96830f513e921ee56c01ed7",
  "/usr/sbin/conntrack": "5c2ec60d3ef9a4ca056563d3e1d838a22c5a261e",
  "/usr/sbin/cron": "9335596096312f1bd1e8a0ab857f0690639a5810",
  "/usr/sbin/deluser": "Perl script text executable",
  "/usr/sbin/dhclient": "e9971310c23178bd4088735f71e5fa1ffcaa588b",
  "/usr/sbin/dumpe2fs": "7cd5d8aca092f1bcbab6a3c96a7ddb34072bf242",
  "/usr/sbin/e2fsck": "07c6ee4e0771b11b90d9b0a7d0f90d0a35c2a2b2",
  "/usr/sbin/fdisk": "881530c9ec035f6ee7df791a9254e7247446c12d",
  "/usr/sbin/fsck": "7005e32dbe494ef54f1acbbcf23e208ac4607832",
  "/usr/sbin/groupadd": "0d077c0e6cc542d59468d2ac77dbd0ac3b97fa2e",
  "/usr/sbin/groupdel": "28f1afdf2ce8706f0ed2b6eb3009cef16bd65427",
  "/usr/sbin/grub-install": "fcf573e4e22105b976bc534d611ffa9c14c2688f",
  "/usr/sbin/grub-mkconfig": "POSIX shell script, ASCII text executable",
  "/usr/sbin/grub-probe": "979c30df0058bdf7ac18459967664ac1a8bc2c82",
  "/usr/sbin/hping3": "ab402179619ba94ae8bcb9055533a6ff795ed8fc",
  "/usr/sbin/hwclock": "e6e5c55cfc79b67e403ec5a3588059c042be5cbb",
  "/usr/sbin/ifconfig": "64475e60e59c719dba6468653983fdca6e305a4c",
  "/usr/sbin/ifup": "cfec49cccf67fdc737ceb8b29267ff7db9478588",
  "/usr/sbin/killall5": "55e21631e2cb1384120a4f8e8aa7eb594292f8e4",
  "/usr/sbin/ldconfig": "ELF 64-bit LSB pie executable, x86-64, version 1 (GNU/Linux), static-pie linked, BuildID[sha1]=f67e05bed449e5a2431c2afaa8e1bf3e6fe55f7f, for GNU/Linux 3.2.0, stripped",
  "/usr/sbin/logrotate": "d3366d658620a89092f3ef67ab45703c6e130ee6",
  "/usr/sbin/losetup": "5409b14aa9a1cb35a8c9fe4ce5171307b98e125c",
  "/usr/sbin/mke2fs": "acc57924e355672683fba6fbbd7f3840e7ed8201",
  "/usr/sbin/mkfs": "c8d2cd529a34fc1a061693bffbb94e73aff50248",
  "/usr/sbin/mkswap": "85c6fb2e10809ecc1fe8b4ff6b66c98a42135008",
  "/usr/sbin/nologin": "471861516afe8e4d068319412a5a1b4be32e34d1",
  "/usr/sbin/route": "69283348ef7c1f9fb5b32c5fd8facba7d8422f05",
  "/usr/sbin/rsyslogd": "b132d3cd2188bc9ffcf19abb4bae1c7c7bbbdaa0",
  "/usr/sbin/service": "POSIX shell script, ASCII text executable, with very long lines (459)",
  "/usr/sbin/sfdisk": "0723a38a00f3c457c96c045405c0a30197bd0443",
  "/usr/sbin/sshd": "849059660244aa926c6c67f34cb158d3e454e1f9",
  "/usr/sbin/swapoff": "73154c6d6c8cee1faf7a8ec7f674d2509b96145e",
  "/usr/sbin/swapon": "e834093a43c18843cd7e99533fb9a5430c6d4cce",
  "/usr/sbin/sysctl": "5f581a40fcca642b36a61a4f7c52af547d440a22",
  "/usr/sbin/tune2fs": "1794c541110cf35935b9f0b41029fc8f4b02584f",
  "/usr/sbin/update-grub": "POSIX shell script, ASCII text executable",
  "/usr/sbin/useradd": "07d4114ba34e40bbdb33eb2de11f407da2bb4c8a",
  "/usr/sbin/userdel": "b12a9a8e9ade15d8dfb2433f8b73a0b5d11feeb1",
  "/usr/sbin/usermod": "21dc0108afabb7a1cf68720adceb3e4d2bc9a19e",
  "/usr/sbin/visudo": "e8c4728e465b40780054291e998d18f2fc114bfb",
  "/usr/sbin/xtables-legacy-multi": "713feb1114f8918ab221b58859c656f4262ed678",
  "/usr/sbin/xtables-nft-multi": "1dbfe9a616d97ee16ddf1d40f45debca83967205",
};

/** GRUB 2.06's i386-pc modules are 32-bit relocatable objects, all with their symbols but one */
const STRIPPED_GRUB_MODULES = new Set(["all_video"]);

/** file's line for the ELF header bytes `data` alone (no program headers to read) */
function elfIdent(data: string): string {
  if (data.length < 8) return "ELF";
  const cls = { 1: " 32-bit", 2: " 64-bit" }[data.charCodeAt(4)] ?? "";
  const order = { 1: " LSB", 2: " MSB" }[data.charCodeAt(5)] ?? "";
  const abi = { 0: " (SYSV)", 3: " (GNU/Linux)" }[data.charCodeAt(7)] ?? "";
  return `ELF${cls}${order}${abi}`;
}

/**
 * What file(1) says of an ELF file (`data` starts with \x7fELF) whose
 * canonical path is `realPath`: the recorded program's line when the bytes
 * are the simulation's stand-in for the program that lives there.
 */
export function describeElf(data: string, realPath: string): string {
  if (data === PROGRAM_IMAGE && Object.hasOwn(PROGRAMS, realPath)) {
    const line = PROGRAMS[realPath];
    return /^[0-9a-f]{40}$/.test(line) ? pie(line) : line;
  }
  const grub = /\/i386-pc\/([^/]+)\.mod$/.exec(realPath);
  if (data === GRUB_MODULE_IMAGE && grub)
    return `ELF 32-bit LSB relocatable, Intel 80386, version 1 (SYSV), ${STRIPPED_GRUB_MODULES.has(grub[1]) ? "" : "not "}stripped`;
  return elfIdent(data);
}
