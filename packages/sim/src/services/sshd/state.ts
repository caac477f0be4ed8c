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
}
