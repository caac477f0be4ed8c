/**
 * What the network stack needs from outside its host, handed in by the world
 * (world/network.ts): a wire to put frames on, timers on the shared virtual
 * clock, and the world's seeded PRNG. The kernel never imports the world.
 */
import type { EthFrame } from "./types.js";

export interface NetEnv {
  /** put a frame on the cable of link `ifindex` (dropped when nothing is plugged in) */
  transmit(ifindex: number, frame: EthFrame): void;
  /** a timer of `kind` ("net.neigh", "net.tcp") firing `delayMs` from now; `data` must be JSON */
  schedule(delayMs: number, kind: NetTimerKind, data: Record<string, unknown>): number;
  cancel(id: number): void;
  /** a uniform uint32 from the world's PRNG */
  random(): number;
  /**
   * Tell the service driving socket `sockId` (SocketState.app, e.g. the web
   * server) that something happened on it; the world routes it to the
   * service's handler with the whole host (files included).
   */
  notify(app: string, sockId: number, event: SocketEvent): void;
  /**
   * A line the kernel just logged (printk, with its "[  123.456789] "
   * stamp), for the host's syslog daemon: rsyslog's imklog writes it to
   * /var/log/kern.log and /var/log/syslog. Absent: nobody reads the log.
   */
  klog?(line: string): void;
}

/** what a service hears about its sockets: a connection to accept, bytes to read, the peer's FIN, a reset */
export type SocketEvent = "accept" | "data" | "eof" | "reset";

export type NetTimerKind = "net.neigh" | "net.tcp";

/** an environment with no cable and no world: frames vanish, timers never fire (unit tests of one host) */
export function isolatedEnv(schedule: (delayMs: number, kind: string, data: unknown) => number, cancel: (id: number) => void): NetEnv {
  let x = 0x12345678;
  return {
    transmit() {},
    notify() {},
    schedule,
    cancel,
    random() {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return x;
    },
  };
}
