/**
 * rsyslog's imklog on Debian 12: each kernel log line goes to
 * /var/log/kern.log (the `kern.*` rule) and /var/log/syslog (`*.*`), as
 * `2026-11-30T10:28:01.164626+00:00 HOST kernel: [  123.456789] MESSAGE`;
 * imklog leaves the kernel's own timestamp in the message.
 */
import { utf8Encode } from "../../bytes.js";
import { registerKernelLogReader } from "../../world/network.js";
import { SYSLOG_PATH, syslogTime } from "./syslog.js";
import { localZone } from "../../tzdata/local-zone.js";

export const KERN_LOG_PATH = "/var/log/kern.log";

registerKernelLogReader((host, line) => {
  const bytes = utf8Encode(`${syslogTime(host.clock.unixMs, localZone(host.fs, undefined))} ${host.kernel.hostname} kernel: ${line}\n`);
  host.fs.writeFile(KERN_LOG_PATH, bytes, { append: true });
  host.fs.writeFile(SYSLOG_PATH, bytes, { append: true });
});
