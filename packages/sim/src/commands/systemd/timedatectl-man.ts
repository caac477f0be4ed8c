/** timedatectl(1) of systemd 252 as Debian 12's man shows it at 80 columns (the systemd-timesyncd commands, the environment and two examples left out). */
export const TIMEDATECTL_MAN = `TIMEDATECTL(1)                    timedatectl                   TIMEDATECTL(1)

NAME
       timedatectl - Control the system time and date

SYNOPSIS
       timedatectl [OPTIONS...] {COMMAND}

DESCRIPTION
       timedatectl may be used to query and change the system clock and its
       settings, and enable or disable time synchronization services.

       Use systemd-firstboot(1) to initialize the system time zone for mounted
       (but not booted) system images.

       timedatectl may be used to show the current status of time
       synchronization services, for example systemd-timesyncd.service(8).

COMMANDS
       The following commands are understood:

       status
           Show current settings of the system clock and RTC, including
           whether network time synchronization is active. If no command is
           specified, this is the implied default.

       show
           Show the same information as status, but in machine readable form.
           This command is intended to be used whenever computer-parsable
           output is required. Use status if you are looking for formatted
           human-readable output.

           By default, empty properties are suppressed. Use --all to show
           those too. To select specific properties to show, use --property=.

       set-time [TIME]
           Set the system clock to the specified time. This will also update
           the RTC time accordingly. The time may be specified in the format
           "2012-10-30 18:17:16".

       set-timezone [TIMEZONE]
           Set the system time zone to the specified value. Available
           timezones can be listed with list-timezones. If the RTC is
           configured to be in the local time, this will also update the RTC
           time. This call will alter the /etc/localtime symlink. See
           localtime(5) for more information.

       list-timezones
           List available time zones, one per line. Entries from the list can
           be set as the system timezone with set-timezone.

       set-local-rtc [BOOL]
           Takes a boolean argument. If "0", the system is configured to
           maintain the RTC in universal time. If "1", it will maintain the
           RTC in local time instead. Note that maintaining the RTC in the
           local timezone is not fully supported and will create various
           problems with time zone changes and daylight saving adjustments. If
           at all possible, keep the RTC in UTC mode. Note that invoking this
           will also synchronize the RTC from the system clock, unless
           --adjust-system-clock is passed (see above). This command will
           change the 3rd line of /etc/adjtime, as documented in hwclock(8).

       set-ntp [BOOL]
           Takes a boolean argument. Controls whether network time
           synchronization is active and enabled (if available). If the
           argument is true, this enables and starts the first existing
           network synchronization service. If the argument is false, then
           this disables and stops the known network synchronization services.
           The way that the list of services is built is described in systemd-
           timedated.service(8).

OPTIONS
       The following options are understood:

       --no-ask-password
           Do not query the user for authentication for privileged operations.

       --adjust-system-clock
           If set-local-rtc is invoked and this option is passed, the system
           clock is synchronized from the RTC again, taking the new setting
           into account. Otherwise, the RTC is synchronized from the system
           clock.

       --monitor
           If timesync-status is invoked and this option is passed, then
           timedatectl monitors the status of systemd-timesyncd.service(8) and
           updates the outputs. Use Ctrl+C to terminate the monitoring.

       -a, --all
           When showing properties of systemd-timesyncd.service(8), show all
           properties regardless of whether they are set or not.

       -p, --property=
           When showing properties of systemd-timesyncd.service(8), limit
           display to certain properties as specified as argument. If not
           specified, all set properties are shown. The argument should be a
           property name, such as "ServerName". If specified more than once,
           all properties with the specified names are shown.

       --value
           When printing properties with show-timesync, only print the value,
           and skip the property name and "=".

       -H, --host=
           Execute the operation remotely. Specify a hostname, or a username
           and hostname separated by "@", to connect to. The hostname may
           optionally be suffixed by a port ssh is listening on, separated by
           ":", and then a container name, separated by "/", which connects
           directly to a specific container on the specified host. This will
           use SSH to talk to the remote machine manager instance. Container
           names may be enumerated with machinectl -H HOST. Put IPv6 addresses
           in brackets.

       -M, --machine=
           Execute operation on a local container. Specify a container name to
           connect to, optionally prefixed by a user name to connect as and a
           separating "@" character. If the special string ".host" is used in
           place of the container name, a connection to the local system is
           made (which is useful to connect to a specific user's user bus:
           "--user --machine=lennart@.host"). If the "@" syntax is not used,
           the connection is made as root user. If the "@" syntax is used
           either the left hand side or the right hand side may be omitted
           (but not both) in which case the local user name and ".host" are
           implied.

       -h, --help
           Print a short help text and exit.

       --version
           Print a short version string and exit.

       --no-pager
           Do not pipe output into a pager.

EXIT STATUS
       On success, 0 is returned, a non-zero failure code otherwise.

EXAMPLES
       Show current settings:

           $ timedatectl
                          Local time: Thu 2017-09-21 16:08:56 CEST
                      Universal time: Thu 2017-09-21 14:08:56 UTC
                            RTC time: Thu 2017-09-21 14:08:56
                           Time zone: Europe/Warsaw (CEST, +0200)
           System clock synchronized: yes
                         NTP service: active
                     RTC in local TZ: no

SEE ALSO
       systemd(1), hwclock(8), date(1), localtime(5), systemctl(1), systemd-
       timedated.service(8), systemd-timesyncd.service(8), systemd-
       firstboot(1)

systemd 252                                                     TIMEDATECTL(1)
`;
