import type { MainExit } from "../systemd/main-exit.js";

/** sshd's state on a host: plain JSON in `HostState.services.sshd` (its sockets are the kernel's). */
export interface SshdState {
  /** listening on port 22 */
  running: boolean;
  /** `systemctl enable`d: boot starts it */
  enabled: boolean;
  /** pid of the listener, for `systemctl status` */
  pid?: number;
  /** ms of virtual time it last started or stopped */
  startedAt?: number;
  /** how its last listener ended when a signal (not systemctl) ended it; cleared by systemctl start/stop */
  mainExit?: MainExit;
}
