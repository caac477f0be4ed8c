/**
 * What `apt-get install openssh-server` leaves on disk that the simulated
 * sshd reads: its unit and the enablement link boot starts it from.
 */
export const SSHD_UNIT = "/lib/systemd/system/ssh.service";
/** present when sshd starts at boot */
export const SSHD_WANTS = "/etc/systemd/system/multi-user.target.wants/ssh.service";

const UNIT = `[Unit]
Description=OpenBSD Secure Shell server
Documentation=man:sshd(8) man:sshd_config(5)
After=network.target auditd.service
ConditionPathExists=!/etc/ssh/sshd_not_to_be_run

[Service]
EnvironmentFile=-/etc/default/ssh
ExecStartPre=/usr/sbin/sshd -t
ExecStart=/usr/sbin/sshd -D $SSHD_OPTS
ExecReload=/usr/sbin/sshd -t
ExecReload=/bin/kill -HUP $MAINPID
KillMode=process
Restart=on-failure
RestartPreventExitStatus=255
Type=notify
RuntimeDirectory=sshd
RuntimeDirectoryMode=0755

[Install]
WantedBy=multi-user.target
Alias=sshd.service
`;

/** path -> text, written by the lab builder before the first boot */
export function sshServerFiles(): Record<string, string> {
  return { [SSHD_UNIT]: UNIT, [SSHD_WANTS]: UNIT };
}
