/** The man pages of the archive programs, shortened to what the simulation implements. */

export const GZIP_MAN = `NAME
       gzip, gunzip, zcat - compress or expand files

SYNOPSIS
       gzip [ -cdfklnNqrtvV19 ] [-S suffix] [ name ...  ]
       gunzip [ -cfklnNqrtvV ] [-S suffix] [ name ...  ]
       zcat [ -fLV ] [ name ...  ]

DESCRIPTION
       Gzip reduces the size of the named files using Lempel-Ziv coding
       (LZ77). Whenever possible, each file is replaced by one with the
       extension .gz, while keeping the same ownership modes, access and
       modification times. If no files are specified, or if a file name is
       "-", the standard input is compressed to the standard output.

       gunzip takes a list of files on its command line and replaces each
       file whose name ends with .gz, -gz, .z, -z, or _z and which begins
       with the correct magic number with an uncompressed file without the
       original extension. gunzip also recognizes the special extensions
       .tgz and .taz as shorthands for .tar.gz and .tar.Z.

       zcat is identical to gunzip -c.

OPTIONS
       -c --stdout --to-stdout
              Write output on standard output; keep original files unchanged.
       -d --decompress --uncompress
              Decompress.
       -f --force
              Force compression or decompression even if the file already
              exists or if compressed data would be written to a terminal.
       -k --keep
              Keep (don't delete) input files during compression or
              decompression.
       -l --list
              For each compressed file, list the following fields:
              compressed size, uncompressed size, ratio, uncompressed name.
              With --verbose, also the method, crc and time stamp.
       -n --no-name
              When compressing, do not save the original file name and time
              stamp.
       -q --quiet
              Suppress all warnings.
       -r --recursive
              Travel the directory structure recursively.
       -S .suf --suffix .suf
              Use suffix .suf instead of .gz.
       -t --test
              Test. Check the compressed file integrity.
       -v --verbose
              Display the name and percentage reduction for each file.
       -# --fast --best
              Regulate the speed of compression: -1 or --fast is the
              fastest, -9 or --best the slowest and best. The default is -6.

EXAMPLES
       mysqldump shop | gzip > shop.sql.gz
       gunzip < shop.sql.gz | mysql shop
       gzip -l shop.sql.gz

EXIT STATUS
       Exit status is normally 0; if an error occurs, exit status is 1. If
       a warning occurs, exit status is 2.
`;

export const GUNZIP_MAN = GZIP_MAN;
export const ZCAT_MAN = GZIP_MAN;

export const TAR_MAN = `NAME
       tar - an archiving utility

SYNOPSIS
       tar {c|x|t}[zvf] [ARCHIVE] [-C DIR] [FILE...]
       tar -c [-zv] -f ARCHIVE [-C DIR] [FILE...]
       tar -x [-zvO] -f ARCHIVE [-C DIR] [MEMBER...]
       tar -t [-zv] -f ARCHIVE [MEMBER...]

DESCRIPTION
       GNU tar saves many files together into a single archive, and can
       restore individual files from the archive. The first argument may be
       a cluster of traditional (old-style) option letters: "tar czvf a.tgz
       dir" is "tar -c -z -v -f a.tgz dir".

OPTIONS
       -c, --create
              Create a new archive.
       -x, --extract, --get
              Extract files from an archive.
       -t, --list
              List the contents of an archive.
       -f, --file=ARCHIVE
              Use archive file ARCHIVE; "-" is standard input or output.
       -z, --gzip
              Filter the archive through gzip. Reading a file, tar also
              recognises a compressed archive by itself.
       -v, --verbose
              Verbosely list files processed; with -t, a long listing.
       -C, --directory=DIR
              Change to DIR before the following operations.
       -O, --to-stdout
              Extract files to standard output.

EXAMPLES
       tar czvf backup.tgz /var/backups/mysql
       tar tzvf backup.tgz
       tar xzf backup.tgz -C /tmp/restore

EXIT STATUS
       0 success, 1 some files differ or changed while being archived,
       2 fatal error.
`;

export const MD5SUM_MAN = `NAME
       md5sum - compute and check MD5 message digest

SYNOPSIS
       md5sum [OPTION]... [FILE]...

DESCRIPTION
       Print or check MD5 (128-bit) checksums. With no FILE, or when FILE
       is -, read standard input.

       -b, --binary
              read in binary mode
       -c, --check
              read checksums from the FILEs and check them
       -t, --text
              read in text mode (default)

   The following five options are useful only when verifying checksums:
       --ignore-missing
              don't fail or report status for missing files
       --quiet
              don't print OK for each successfully verified file
       --status
              don't output anything, status code shows success
       --strict
              exit non-zero for improperly formatted checksum lines
       -w, --warn
              warn about improperly formatted checksum lines

EXAMPLES
       md5sum backup.tgz > backup.tgz.md5
       md5sum -c backup.tgz.md5
`;

export const SHA256SUM_MAN = MD5SUM_MAN.replaceAll("md5sum", "sha256sum").replaceAll("MD5 (128-bit)", "SHA256 (256-bit)").replaceAll("MD5", "SHA256");

export const SHA1SUM_MAN = MD5SUM_MAN.replaceAll("md5sum", "sha1sum").replaceAll("MD5 (128-bit)", "SHA1 (160-bit)").replaceAll("MD5", "SHA1");

export const SHA512SUM_MAN = MD5SUM_MAN.replaceAll("md5sum", "sha512sum").replaceAll("MD5 (128-bit)", "SHA512 (512-bit)").replaceAll("MD5", "SHA512");

export const B2SUM_MAN = MD5SUM_MAN.replaceAll("md5sum", "b2sum")
  .replaceAll("MD5 (128-bit)", "BLAKE2b (512-bit)")
  .replaceAll("MD5 message digest", "BLAKE2 message digest")
  .replaceAll("MD5", "BLAKE2b")
  .replace(
    "       -c, --check\n",
    "       -l, --length=BITS\n              digest length in bits; must not exceed the max for the blake2\n              algorithm and must be a multiple of 8\n       -c, --check\n",
  );

export const SZ_MAN = `NAME
       sz - send files with ZMODEM

SYNOPSIS
       sz [-v] FILE...

DESCRIPTION
       sz sends the named files to the terminal program using the ZMODEM
       protocol. In Rootlab the terminal in the page receives them: each
       file is offered to the browser as a download, with the bytes it has
       on the simulated host, so it can be opened with real tools.

EXAMPLES
       sz /var/backups/shop.sql.gz
`;
