/** The man pages of apt, apt-get and dpkg (abridged from Debian 12's: NAME, SYNOPSIS, the commands a lesson uses). */

export const APT_MAN = `NAME
apt - command-line interface

SYNOPSIS
apt [-h] [-o=config_string] [-c=config_file] [-t=target_release] [-a=architecture] {list | search | show | update |
    install pkg [{=pkg_version_number | /target_release}]...  | remove pkg...  | upgrade | full-upgrade |
    edit-sources | {-v | --version} | {-h | --help}}

DESCRIPTION
apt provides a high-level commandline interface for the package management system. It is intended as an end user
interface and enables some options better suited for interactive usage by default compared to more specialized APT
tools like apt-get(8) and apt-cache(8).

update (apt-get(8))
    update is used to download package information from all configured sources. Other commands operate on this
    data to e.g. perform package upgrades or search in and display details about all packages available for
    installation.

install, reinstall, remove, purge (apt-get(8))
    Performs the requested action on one or more packages specified via regex(7), glob(7) or exact match.

SCRIPT USAGE AND DIFFERENCES FROM OTHER APT TOOLS
The apt(8) commandline is designed as an end-user tool and it may change behavior between versions. While it tries
not to break backward compatibility this is not guaranteed either if a change seems beneficial for interactive
use.

All features of apt(8) are available in dedicated APT tools like apt-get(8) and apt-cache(8) as well. apt(8) just
changes the default value of some options (see apt.conf(5) and specifically the Binary scope). So you should prefer
using these commands (potentially with some additional options enabled) in your scripts as they keep backward
compatibility as much as possible.

SEE ALSO
apt-get(8), apt-cache(8), sources.list(5), apt.conf(5), apt-config(8), The APT User's guide in
/usr/share/doc/apt-doc/, apt_preferences(5), The APT Howto.

DIAGNOSTICS
apt returns zero on normal operation, decimal 100 on error.
`;

export const APT_GET_MAN = `NAME
apt-get - APT package handling utility -- command-line interface

SYNOPSIS
apt-get [-asqdyfmubV] [-o=config_string] [-c=config_file] [-t=target_release] [-a=architecture] {update | upgrade |
        dselect-upgrade | dist-upgrade | install pkg [{=pkg_version_number | /target_release}]...  | remove pkg...  |
        purge pkg...  | source pkg [{=pkg_version_number | /target_release}]...  | build-dep pkg
        [{=pkg_version_number | /target_release}]...  | download pkg [{=pkg_version_number | /target_release}]...  |
        check | clean | autoclean | autoremove | {-v | --version} | {-h | --help}}

DESCRIPTION
apt-get is the command-line tool for handling packages, and may be considered the user's "back-end" to other tools
using the APT library.

update
    update is used to resynchronize the package index files from their sources. The indexes of available packages
    are fetched from the location(s) specified in /etc/apt/sources.list. An update should always be performed before
    an upgrade or dist-upgrade.

install
    install is followed by one or more packages desired for installation or upgrading. Each package is a package
    name, not a fully qualified filename.

OPTIONS
-y, --yes, --assume-yes
    Automatic yes to prompts; assume "yes" as answer to all prompts and run non-interactively.

-q, --quiet
    Quiet; produces output suitable for logging, omitting progress indicators.

DIAGNOSTICS
apt-get returns zero on normal operation, decimal 100 on error.
`;

export const DPKG_MAN = `NAME
dpkg - package manager for Debian

SYNOPSIS
dpkg [option...] action

DESCRIPTION
dpkg is a medium-level tool to install, build, remove and manage Debian packages. The primary and more user-friendly
front-end for dpkg is aptitude(8). dpkg itself is controlled entirely via command line parameters, which consist of
exactly one action and zero or more options.

ACTIONS
-l, --list package-name-pattern...
    See dpkg-query(1) for more information about this action: list packages matching given pattern.

-s, --status package-name...
    See dpkg-query(1) for more information about this action: report status of specified package.

-L, --listfiles package-name...
    See dpkg-query(1) for more information about this action: list files installed to your system from
    package-name.

FILES
/var/lib/dpkg/status
    Statuses of available packages. This file contains information about whether a package is marked for removing
    or not, whether it is installed or not, etc.

EXIT STATUS
0   The requested action was successfully performed.
1   The requested action failed (dpkg -l, -s or -L: a package was not found).
2   Fatal or unrecoverable error due to invalid command-line usage.
`;
