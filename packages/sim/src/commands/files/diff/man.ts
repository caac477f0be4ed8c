/** diff's manual page, shortened from diffutils 3.8's. */
export const DIFF_MAN = `NAME
diff - compare files line by line

SYNOPSIS
diff [OPTION]... FILES

DESCRIPTION
Compare FILES line by line.

--normal
       output a normal diff (the default)

-q, --brief
       report only when files differ

-s, --report-identical-files
       report when two files are the same

-c, -C NUM, --context[=NUM]
       output NUM (default 3) lines of copied context

-u, -U NUM, --unified[=NUM]
       output NUM (default 3) lines of unified context

-r, --recursive
       recursively compare any subdirectories found

-i, --ignore-case
       ignore case differences in file contents

-b, --ignore-space-change
       ignore changes in the amount of white space

-w, --ignore-all-space
       ignore all white space

-B, --ignore-blank-lines
       ignore changes where lines are all blank

-a, --text
       treat all files as text

--help display this help and exit

-v, --version
       output version information and exit

FILES are 'FILE1 FILE2' or 'DIR1 DIR2' or 'DIR FILE' or 'FILE DIR'. If a
FILE is '-', read standard input. Exit status is 0 if inputs are the same,
1 if different, 2 if trouble.
`;
