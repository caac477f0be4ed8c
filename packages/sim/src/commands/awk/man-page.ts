/**
 * The man page of mawk (awk and mawk show the same), as Debian 12's man lays
 * it out at 80 columns: the header, NAME, SYNOPSIS, DESCRIPTION and OPTIONS
 * as written, then a short digest of the language and examples in its style.
 */
export const AWK_MAN = `MAWK(1)                          USER COMMANDS                         MAWK(1)

NAME
       mawk - pattern scanning and text processing language

SYNOPSIS
       mawk  [-W  option]  [-F value] [-v var=value] [--] 'program text' [file
       ...]
       mawk [-W option] [-F value] [-v var=value] [-f program-file] [--] [file
       ...]

DESCRIPTION
       mawk  is an interpreter for the AWK Programming Language.  The AWK lan‐
       guage is useful for manipulation of data files, text retrieval and pro‐
       cessing,  and  for prototyping and experimenting with algorithms.  mawk
       is a new awk meaning it implements the AWK language as defined in  Aho,
       Kernighan  and Weinberger, The AWK Programming Language, Addison-Wesley
       Publishing, 1988 (hereafter referred to as the AWK  book.)   mawk  con‐
       forms  to  the POSIX 1003.2 (draft 11.3) definition of the AWK language
       which contains a few features not described in the AWK book,  and  mawk
       provides a small number of extensions.

       An  AWK  program  is  a sequence of pattern {action} pairs and function
       definitions.  Short programs are entered on the  command  line  usually
       enclosed  in ' ' to avoid shell interpretation.  Longer programs can be
       read in from a file with the -f option.  Data  input is read  from  the
       list  of files on the command line or from standard input when the list
       is empty.  The input is broken into records as determined by the record
       separator  variable,  RS.  Initially, RS = “\\n” and records are synony‐
       mous with lines.  Each record is compared against each pattern  and  if
       it matches, the program text for {action} is executed.

OPTIONS
       -F value       sets the field separator, FS, to value.

       -f file        Program  text is read from file instead of from the com‐
                      mand line.  Multiple -f options are allowed.

       -v var=value   assigns value to program variable var.

       --             indicates the unambiguous end of options.

       The above options will be available with any POSIX compatible implemen‐
       tation  of  AWK.  Implementation specific options are prefaced with -W.
       mawk provides these:

       -W version     mawk writes its version and copyright to stdout and com‐
                      piled limits to stderr and exits 0.

       -W usage       prints a usage message to stderr and exits (same as  -W
                      help).

THE AWK LANGUAGE (a digest)
       A program is a sequence of pattern {action} pairs and function defini‐
       tions.  BEGIN and END actions run before the first and after the last
       record; a pattern is an expression, a /regular expression/ matched
       against $0, or a range pattern1, pattern2.  A missing action prints
       the record.

       Fields: $0 is the record, $1 ... $NF its fields split by FS (a single
       space: runs of blanks; one character: itself; else a regular expres‐
       sion).  Assigning a field rebuilds $0 with OFS.

       Builtin variables: NR, FNR, NF, FS, OFS, ORS, RS, FILENAME, SUBSEP,
       CONVFMT, OFMT, RSTART, RLENGTH, ENVIRON, ARGC, ARGV.

       Statements: if, else, while, do, for (expr;expr;expr), for (var in
       array), break, continue, next, nextfile, exit [expr], return [expr],
       delete array[expr], delete array, print, printf, getline.

       Builtin functions: length, index, substr, split, sub, gsub, match,
       sprintf, tolower, toupper, int, sqrt, exp, log, sin, cos, atan2,
       rand, srand, system, close, fflush.

EXAMPLES
       awk -F: '$3 >= 1000 {print $1}' /etc/passwd
              The names of the regular users.

       awk '{s += $2} END {print s}' file
              The sum of the second column.

       awk '{c[$1]++} END {for (k in c) print k, c[k]}' access.log
              How often each first field occurs.

       df | awk 'NR > 1 {print $5, $6}'
              Use and mount point of every filesystem.

AUTHOR
       Mike Brennan (brennan@whidbey.com).
       Thomas E. Dickey <dickey@invisible-island.net>.

Version 1.3.4                     2019-12-31                           MAWK(1)
`;
