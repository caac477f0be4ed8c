/**
 * whatis, apropos and man -f/-k print man-db 2.11's one-line descriptions:
 * the page's name and section padded to 20 columns, and the description cut
 * with "..." where the line would pass 80 columns on a pipe. Lines and
 * sections recorded on Debian 12 (`whatis ip`, `apropos network`, `man -w`).
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

describe("whatis and apropos", () => {
  const lab = LabSession.create("single");
  const run = (line: string) => lab.run(undefined, line);

  it("whatis prints each page's line, cut at 80 columns, in the page's real section", () => {
    const r = run("whatis ls ip netstat");
    expect(r.stdout).toBe(
      "ls (1)               - list directory contents\n" +
        "ip (8)               - show / manipulate routing, network devices, interfaces...\n" +
        "netstat (8)          - Print network connections, routing tables, interface s...\n",
    );
    expect(r.exit).toBe(0);
  });

  it("a page that does not exist: nothing appropriate, status 16; no name: whatis what?", () => {
    expect(run("whatis nosuch")).toMatchObject({ stdout: "", stderr: "nosuch: nothing appropriate.\n", exit: 16 });
    expect(run("whatis")).toMatchObject({ stderr: "whatis what?\n", exit: 1 });
  });

  it("man -f is whatis; apropos lines are cut the same way", () => {
    expect(run("man -f ping").stdout).toBe("ping (8)             - send ICMP ECHO_REQUEST to network hosts\n");
    const lines = run("apropos network").stdout.trimEnd().split("\n");
    expect(lines).toContain("ip (8)               - show / manipulate routing, network devices, interfaces...");
    expect(lines).toContain("tcpdump (8)          - dump traffic on a network");
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
  });

  it("truncate, fold, expand, unexpand, nl, split, join, install and timeout have their coreutils lines", () => {
    // recorded: LANG=C.UTF-8 whatis truncate ... | grep '(1)' on Debian 12
    expect(run("whatis truncate fold expand unexpand nl split join install timeout").stdout).toBe(
      "truncate (1)         - shrink or extend the size of a file to the specified size\n" +
        "fold (1)             - wrap each input line to fit in specified width\n" +
        "expand (1)           - convert tabs to spaces\n" +
        "unexpand (1)         - convert spaces to tabs\n" +
        "nl (1)               - number lines of files\n" +
        "split (1)            - split a file into pieces\n" +
        "join (1)             - join lines of two files on a common field\n" +
        "install (1)          - copy files and set attributes\n" +
        "timeout (1)          - run a command with a time limit\n",
    );
  });

  it("env, printenv, tty, nproc, mktemp, tac and paste have their coreutils lines", () => {
    expect(run("whatis env printenv tty nproc mktemp tac paste").stdout).toBe(
      "env (1)              - run a program in a modified environment\n" +
        "printenv (1)         - print all or part of environment\n" +
        "tty (1)              - print the file name of the terminal connected to stand...\n" +
        "nproc (1)            - print the number of processing units available\n" +
        "mktemp (1)           - create a temporary file or directory\n" +
        "tac (1)              - concatenate and print files in reverse\n" +
        "paste (1)            - merge lines of files\n",
    );
  });

  it("man pages of /usr/bin programs Debian files in section 8 say so", () => {
    expect(run("man ping | head -1").stdout).toMatch(/^PING\(8\)/);
  });
});
