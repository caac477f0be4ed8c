/**
 * Kernel errors by their Linux names. Kernel and filesystem functions return
 * them as values (`Result`); commands map them to the exact text the real tool
 * prints. Throwing is reserved for broken invariants (bugs), never for a
 * learner's mistake.
 */
export type Errno =
  | "EPERM"
  | "ENOENT"
  | "ESRCH"
  | "EIO"
  | "EBADF"
  | "EACCES"
  | "EBUSY"
  | "EEXIST"
  | "EXDEV"
  | "ENODEV"
  | "ENOTDIR"
  | "EISDIR"
  | "EINVAL"
  | "ENOSPC"
  | "EROFS"
  | "ENAMETOOLONG"
  | "ENOTEMPTY"
  | "ELOOP"
  | "EOPNOTSUPP"
  | "EADDRINUSE"
  | "EADDRNOTAVAIL"
  | "ENETDOWN"
  | "ENETUNREACH"
  | "EHOSTUNREACH"
  | "ECONNREFUSED"
  | "ETIMEDOUT"
  | "ECONNRESET"
  | "EPIPE"
  | "ENOTCONN"
  | "EISCONN"
  | "ENOPROTOOPT"
  | "ERANGE"
  | "E2BIG"
  | "EMLINK"
  | "ENXIO"
  | "ENOTBLK";

/** strerror(3) texts as glibc prints them. */
export const STRERROR: Record<Errno, string> = {
  EPERM: "Operation not permitted",
  ENOENT: "No such file or directory",
  ESRCH: "No such process",
  EIO: "Input/output error",
  EBADF: "Bad file descriptor",
  EACCES: "Permission denied",
  EBUSY: "Device or resource busy",
  EEXIST: "File exists",
  EXDEV: "Invalid cross-device link",
  ENODEV: "No such device",
  ENOTDIR: "Not a directory",
  EISDIR: "Is a directory",
  EINVAL: "Invalid argument",
  ENOSPC: "No space left on device",
  EROFS: "Read-only file system",
  ENAMETOOLONG: "File name too long",
  ENOTEMPTY: "Directory not empty",
  ELOOP: "Too many levels of symbolic links",
  EOPNOTSUPP: "Operation not supported",
  EADDRINUSE: "Address already in use",
  EADDRNOTAVAIL: "Cannot assign requested address",
  ENETDOWN: "Network is down",
  ENETUNREACH: "Network is unreachable",
  EHOSTUNREACH: "No route to host",
  ECONNREFUSED: "Connection refused",
  ETIMEDOUT: "Connection timed out",
  ECONNRESET: "Connection reset by peer",
  EPIPE: "Broken pipe",
  ENOTCONN: "Transport endpoint is not connected",
  EISCONN: "Transport endpoint is already connected",
  ENOPROTOOPT: "Protocol not available",
  ENXIO: "No such device or address",
  ENOTBLK: "Block device required",
  ERANGE: "Numerical result out of range",
  E2BIG: "Argument list too long",
  EMLINK: "Too many links",
};

export type Result<T = void> = { ok: true; value: T } | { ok: false; errno: Errno; detail?: string };

export function ok(): Result<void>;
export function ok<T>(value: T): Result<T>;
export function ok<T>(value?: T): Result<T | undefined> {
  return { ok: true, value };
}

/** A failed result; `detail` carries the extended-ack text netlink adds (e.g. "ipv4: Address already assigned."). */
export function fail(errno: Errno, detail?: string): { ok: false; errno: Errno; detail?: string } {
  return detail === undefined ? { ok: false, errno } : { ok: false, errno, detail };
}
