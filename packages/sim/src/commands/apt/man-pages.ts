/**
 * The man pages of apt, apt-get, dpkg and dpkg-query as Debian 12's man lays them out at
 * 80 columns (apt-get's, dpkg's and dpkg-query's abridged to the sections kept by
 * fixtures/record-man.py, which wrote this file).
 */

export const APT_MAN = `APT(8)                                APT                               APT(8)

NAME
       apt - command-line interface

SYNOPSIS
       apt [-h] [-o=config_string] [-c=config_file] [-t=target_release]
           [-a=architecture] {list | search | show | update |
           install pkg [{=pkg_version_number | /target_release}]...  |
           remove pkg...  | upgrade | full-upgrade | edit-sources |
           {-v | --version} | {-h | --help}}

DESCRIPTION
       apt provides a high-level commandline interface for the package
       management system. It is intended as an end user interface and enables
       some options better suited for interactive usage by default compared to
       more specialized APT tools like apt-get(8) and apt-cache(8).

       Much like apt itself, its manpage is intended as an end user interface
       and as such only mentions the most used commands and options partly to
       not duplicate information in multiple places and partly to avoid
       overwhelming readers with a cornucopia of options and details.

       update (apt-get(8))
           update is used to download package information from all configured
           sources. Other commands operate on this data to e.g. perform
           package upgrades or search in and display details about all
           packages available for installation.

       upgrade (apt-get(8))
           upgrade is used to install available upgrades of all packages
           currently installed on the system from the sources configured via
           sources.list(5). New packages will be installed if required to
           satisfy dependencies, but existing packages will never be removed.
           If an upgrade for a package requires the removal of an installed
           package the upgrade for this package isn't performed.

       full-upgrade (apt-get(8))
           full-upgrade performs the function of upgrade but will remove
           currently installed packages if this is needed to upgrade the
           system as a whole.

       install, reinstall, remove, purge (apt-get(8))
           Performs the requested action on one or more packages specified via
           regex(7), glob(7) or exact match. The requested action can be
           overridden for specific packages by appending a plus (+) to the
           package name to install this package or a minus (-) to remove it.

           A specific version of a package can be selected for installation by
           following the package name with an equals (=) and the version of
           the package to select. Alternatively the version from a specific
           release can be selected by following the package name with a
           forward slash (/) and codename (bookworm, trixie, sid ...) or suite
           name (stable, testing, unstable). This will also select versions
           from this release for dependencies of this package if needed to
           satisfy the request.

           Removing a package removes all packaged data, but leaves usually
           small (modified) user configuration files behind, in case the
           remove was an accident. Just issuing an installation request for
           the accidentally removed package will restore its function as
           before in that case. On the other hand you can get rid of these
           leftovers by calling purge even on already removed packages. Note
           that this does not affect any data or configuration stored in your
           home directory.

       autoremove (apt-get(8))
           autoremove is used to remove packages that were automatically
           installed to satisfy dependencies for other packages and are now no
           longer needed as dependencies changed or the package(s) needing
           them were removed in the meantime.

           You should check that the list does not include applications you
           have grown to like even though they were once installed just as a
           dependency of another package. You can mark such a package as
           manually installed by using apt-mark(8). Packages which you have
           installed explicitly via install are also never proposed for
           automatic removal.

       satisfy (apt-get(8))
           satisfy satisfies dependency strings, as used in Build-Depends. It
           also handles conflicts, by prefixing an argument with "Conflicts:
           ".

           Example: apt satisfy "foo, bar (>= 1.0)" "Conflicts: baz, fuzz"

       search (apt-cache(8))
           search can be used to search for the given regex(7) term(s) in the
           list of available packages and display matches. This can e.g. be
           useful if you are looking for packages having a specific feature.
           If you are looking for a package including a specific file try apt-
           file(1).

       show (apt-cache(8))
           Show information about the given package(s) including its
           dependencies, installation and download size, sources the package
           is available from, the description of the packages content and much
           more. It can e.g. be helpful to look at this information before
           allowing apt(8) to remove a package or while searching for new
           packages to install.

       list
           list is somewhat similar to dpkg-query --list in that it can
           display a list of packages satisfying certain criteria. It supports
           glob(7) patterns for matching package names as well as options to
           list installed (--installed), upgradeable (--upgradeable) or all
           available (--all-versions) versions.

       edit-sources (work-in-progress)
           edit-sources lets you edit your sources.list(5) files in your
           preferred text editor while also providing basic sanity checks.

SCRIPT USAGE AND DIFFERENCES FROM OTHER APT TOOLS
       The apt(8) commandline is designed as an end-user tool and it may
       change behavior between versions. While it tries not to break backward
       compatibility this is not guaranteed either if a change seems
       beneficial for interactive use.

       All features of apt(8) are available in dedicated APT tools like apt-
       get(8) and apt-cache(8) as well.  apt(8) just changes the default value
       of some options (see apt.conf(5) and specifically the Binary scope). So
       you should prefer using these commands (potentially with some
       additional options enabled) in your scripts as they keep backward
       compatibility as much as possible.

SEE ALSO
       apt-get(8), apt-cache(8), sources.list(5), apt.conf(5), apt-config(8),
       The APT User's guide in /usr/share/doc/apt-doc/, apt_preferences(5),
       the APT Howto.

DIAGNOSTICS
       apt returns zero on normal operation, decimal 100 on error.

BUGS
       APT bug page[1]. If you wish to report a bug in APT, please see
       /usr/share/doc/debian/bug-reporting.txt or the reportbug(1) command.

AUTHOR
       APT team

NOTES
        1. APT bug page
           http://bugs.debian.org/src:apt

APT 2.6.1                        05 April 2020                          APT(8)
`;

export const APT_GET_MAN = `APT-GET(8)                            APT                           APT-GET(8)

NAME
       apt-get - APT package handling utility -- command-line interface

SYNOPSIS
       apt-get [-asqdyfmubV] [-o=config_string] [-c=config_file]
               [-t=target_release] [-a=architecture] {update | upgrade |
               dselect-upgrade | dist-upgrade |
               install pkg [{=pkg_version_number | /target_release}]...  |
               remove pkg...  | purge pkg...  |
               source pkg [{=pkg_version_number | /target_release}]...  |
               build-dep pkg [{=pkg_version_number | /target_release}]...  |
               download pkg [{=pkg_version_number | /target_release}]...  |
               check | clean | autoclean | autoremove | {-v | --version} |
               {-h | --help}}

DESCRIPTION
       apt-get is the command-line tool for handling packages, and may be
       considered the user's "back-end" to other tools using the APT library.
       Several "front-end" interfaces exist, such as aptitude(8), synaptic(8)
       and wajig(1).

       Unless the -h, or --help option is given, one of the commands below
       must be present.

       update
           update is used to resynchronize the package index files from their
           sources. The indexes of available packages are fetched from the
           location(s) specified in /etc/apt/sources.list. For example, when
           using a Debian archive, this command retrieves and scans the
           Packages.gz files, so that information about new and updated
           packages is available. An update should always be performed before
           an upgrade or dist-upgrade. Please be aware that the overall
           progress meter will be incorrect as the size of the package files
           cannot be known in advance.

       upgrade
           upgrade is used to install the newest versions of all packages
           currently installed on the system from the sources enumerated in
           /etc/apt/sources.list. Packages currently installed with new
           versions available are retrieved and upgraded; under no
           circumstances are currently installed packages removed, or packages
           not already installed retrieved and installed. New versions of
           currently installed packages that cannot be upgraded without
           changing the install status of another package will be left at
           their current version. An update must be performed first so that
           apt-get knows that new versions of packages are available.

       dist-upgrade
           dist-upgrade in addition to performing the function of upgrade,
           also intelligently handles changing dependencies with new versions
           of packages; apt-get has a "smart" conflict resolution system, and
           it will attempt to upgrade the most important packages at the
           expense of less important ones if necessary. The dist-upgrade
           command may therefore remove some packages. The
           /etc/apt/sources.list file contains a list of locations from which
           to retrieve desired package files. See also apt_preferences(5) for
           a mechanism for overriding the general settings for individual
           packages.

       dselect-upgrade
           dselect-upgrade is used in conjunction with the traditional Debian
           packaging front-end, dselect(1).  dselect-upgrade follows the
           changes made by dselect(1) to the Status field of available
           packages, and performs the actions necessary to realize that state
           (for instance, the removal of old and the installation of new
           packages).

       install
           install is followed by one or more packages desired for
           installation or upgrading. Each package is a package name, not a
           fully qualified filename (for instance, in a Debian system,
           apt-utils would be the argument provided, not
           apt-utils_2.6.1_amd64.deb). All packages required by the package(s)
           specified for installation will also be retrieved and installed.
           The /etc/apt/sources.list file is used to locate the desired
           packages. If a hyphen is appended to the package name (with no
           intervening space), the identified package will be removed if it is
           installed. Similarly a plus sign can be used to designate a package
           to install. These latter features may be used to override decisions
           made by apt-get's conflict resolution system.

           A specific version of a package can be selected for installation by
           following the package name with an equals and the version of the
           package to select. This will cause that version to be located and
           selected for install. Alternatively a specific distribution can be
           selected by following the package name with a slash and the version
           of the distribution or the Archive name (stable, testing,
           unstable).

           Both of the version selection mechanisms can downgrade packages and
           must be used with care.

           This is also the target to use if you want to upgrade one or more
           already-installed packages without upgrading every package you have
           on your system. Unlike the "upgrade" target, which installs the
           newest version of all currently installed packages, "install" will
           install the newest version of only the package(s) specified. Simply
           provide the name of the package(s) you wish to upgrade, and if a
           newer version is available, it (and its dependencies, as described
           above) will be downloaded and installed.

           Finally, the apt_preferences(5) mechanism allows you to create an
           alternative installation policy for individual packages.

           If no package matches the given expression and the expression
           contains one of '.', '?' or '*' then it is assumed to be a POSIX
           regular expression, and it is applied to all package names in the
           database. Any matches are then installed (or removed). Note that
           matching is done by substring so 'lo.*' matches 'how-lo' and
           'lowest'. If this is undesired, anchor the regular expression with
           a '^' or '$' character, or create a more specific regular
           expression.

           Fallback to regular expressions is deprecated in APT 2.0, has been
           removed in apt(8), except for anchored expressions, and will be
           removed from apt-get(8) in a future version. Use apt-patterns(5)
           instead.

       reinstall
           reinstall is an alias for install --reinstall.

       remove
           remove is identical to install except that packages are removed
           instead of installed. Note that removing a package leaves its
           configuration files on the system. If a plus sign is appended to
           the package name (with no intervening space), the identified
           package will be installed instead of removed.

       purge
           purge is identical to remove except that packages are removed and
           purged (any configuration files are deleted too).

       source
           source causes apt-get to fetch source packages. APT will examine
           the available packages to decide which source package to fetch. It
           will then find and download into the current directory the newest
           available version of that source package while respecting the
           default release, set with the option APT::Default-Release, the -t
           option or per package with the pkg/release syntax, if possible.

           The arguments are interpreted as binary and source package names.
           See the --only-source option if you want to change that.

           Source packages are tracked separately from binary packages via
           deb-src lines in the sources.list(5) file. This means that you will
           need to add such a line for each repository you want to get sources
           from; otherwise you will probably get either the wrong (too old/too
           new) source versions or none at all.

           If the --compile option is specified then the package will be
           compiled to a binary .deb using dpkg-buildpackage for the
           architecture as defined by the --host-architecture option. If
           --download-only is specified then the source package will not be
           unpacked.

           A specific source version can be retrieved by postfixing the source
           name with an equals and then the version to fetch, similar to the
           mechanism used for the package files. This enables exact matching
           of the source package name and version, implicitly enabling the
           APT::Get::Only-Source option.

           Note that source packages are not installed and tracked in the dpkg
           database like binary packages; they are simply downloaded to the
           current directory, like source tarballs.

       build-dep
           build-dep causes apt-get to install/remove packages in an attempt
           to satisfy the build dependencies for a source package. By default
           the dependencies are satisfied to build the package natively. If
           desired a host-architecture can be specified with the
           --host-architecture option instead.

           The arguments are interpreted as binary or source package names.
           See the --only-source option if you want to change that.

       satisfy
           satisfy causes apt-get to satisfy the given dependency strings. The
           dependency strings may have build profiles and architecture
           restriction list as in build dependencies. They may optionally be
           prefixed with "Conflicts: " to unsatisfy the dependency string.
           Multiple strings of the same type can be specified.

           Example: apt-get satisfy "foo" "Conflicts: bar" "baz (>> 1.0) | bar
           (= 2.0), moo"

           The legacy operator '</>' is not supported, use '<=/>=' instead.

       check
           check is a diagnostic tool; it updates the package cache and checks
           for broken dependencies.

       download
           download will download the given binary package into the current
           directory. The authenticity of the package data is ensured as
           usual.

       clean
           clean clears out the local repository of retrieved package files.
           It removes everything but the lock file from
           /var/cache/apt/archives/ and /var/cache/apt/archives/partial/.

       autoclean (and the auto-clean alias since 1.1)
           Like clean, autoclean clears out the local repository of retrieved
           package files. The difference is that it only removes package files
           that can no longer be downloaded, and are largely useless. This
           allows a cache to be maintained over a long period without it
           growing out of control. The configuration option
           APT::Clean-Installed will prevent installed packages from being
           erased if it is set to off.

       autoremove (and the auto-remove alias since 1.1)
           autoremove is used to remove packages that were automatically
           installed to satisfy dependencies for other packages and are now no
           longer needed.

       autopurge
           Like autoremove, but autopurge also removes configuration files.
           This is a shortcut for autoremove --purge.

       changelog
           changelog tries to download the changelog of a package and displays
           it through sensible-pager. By default it displays the changelog for
           the version that is installed. However, you can specify the same
           options as for the install command.

       indextargets
           Displays by default a deb822 formatted listing of information about
           all data files (aka index targets) apt-get update would download.
           Supports a --format option to modify the output format as well as
           accepts lines of the default output to filter the records by. The
           command is mainly used as an interface for external tools working
           with APT to get information as well as filenames for downloaded
           files so they can use them as well instead of downloading them
           again on their own. Detailed documentation is omitted here and can
           instead be found in the file
           /usr/share/doc/apt/acquire-additional-files.md.gz shipped by the
           apt-doc package.

SEE ALSO
       apt-cache(8), apt-cdrom(8), dpkg(1), sources.list(5), apt.conf(5), apt-
       config(8), apt-secure(8), The APT User's guide in
       /usr/share/doc/apt-doc/, apt_preferences(5), the APT Howto.

DIAGNOSTICS
       apt-get returns zero on normal operation, decimal 100 on error.

BUGS
       APT bug page[1]. If you wish to report a bug in APT, please see
       /usr/share/doc/debian/bug-reporting.txt or the reportbug(1) command.

AUTHORS
       Jason Gunthorpe

       APT team

NOTES
        1. APT bug page
           http://bugs.debian.org/src:apt

APT 2.6.1                       25 January 2023                     APT-GET(8)
`;

export const DPKG_MAN = `dpkg(1)                           dpkg suite                           dpkg(1)

NAME
       dpkg - package manager for Debian

SYNOPSIS
       dpkg [option...] action

WARNING
       This manual is intended for users wishing to understand dpkg's command
       line options and package states in more detail than that provided by
       dpkg --help.

       It should not be used by package maintainers wishing to understand how
       dpkg will install their packages. The descriptions of what dpkg does
       when installing and removing packages are particularly inadequate.

DESCRIPTION
       dpkg is a medium-level tool to install, build, remove and manage Debian
       packages.  The primary and more user-friendly front-end for dpkg as a
       CLI (command-line interface) is apt(8) and as a TUI (terminal user
       interface) is aptitude(8).  dpkg itself is controlled entirely via
       command line parameters, which consist of exactly one action and zero
       or more options. The action-parameter tells dpkg what to do and options
       control the behavior of the action in some way.

       dpkg can also be used as a front-end to dpkg-deb(1) and dpkg-query(1).
       The list of supported actions can be found later on in the ACTIONS
       section. If any such action is encountered dpkg just runs dpkg-deb or
       dpkg-query with the parameters given to it, but no specific options are
       currently passed to them, to use any such option the back-ends need to
       be called directly.

INFORMATION ABOUT PACKAGES
       dpkg maintains some usable information about available packages. The
       information is divided in three classes: states, selection states and
       flags. These values are intended to be changed mainly with dselect.

   Package states
       not-installed
           The package is not installed on your system.

       config-files
           Only the configuration files or the postrm script and the data it
           needs to remove of the package exist on the system.

       half-installed
           The installation of the package has been started, but not completed
           for some reason.

       unpacked
           The package is unpacked, but not configured.

       half-configured
           The package is unpacked and configuration has been started, but not
           yet completed for some reason.

       triggers-awaited
           The package awaits trigger processing by another package.

       triggers-pending
           The package has been triggered.

       installed
           The package is correctly unpacked and configured.

   Package selection states
       install
           The package is selected for installation.

       hold
           A package marked to be on hold is kept on the same version, that
           is, no automatic new installs, upgrades or removals will be
           performed on them, unless these actions are requested explicitly,
           or are permitted to be done automatically with the --force-hold
           option.

       deinstall
           The package is selected for deinstallation (i.e. we want to remove
           all files, except configuration files).

       purge
           The package is selected to be purged (i.e. we want to remove
           everything from system directories, even configuration files).

       unknown
           The package selection is unknown.  A package that is also in a not-
           installed state, and with an ok flag will be forgotten in the next
           database store.

   Package flags
       ok  A package marked ok is in a known state, but might need further
           processing.

       reinstreq
           A package marked reinstreq is broken and requires reinstallation.
           These packages cannot be removed, unless forced with option
           --force-remove-reinstreq.

EXIT STATUS
       0   The requested action was successfully performed.  Or a check or
           assertion command returned true.

       1   A check or assertion command returned false.

       2   Fatal or unrecoverable error due to invalid command-line usage, or
           interactions with the system, such as accesses to the database,
           memory allocations, etc.

FILES
       /etc/dpkg/dpkg.cfg.d/[0-9a-zA-Z_-]*
           Configuration fragment files (since dpkg 1.15.4).

       /etc/dpkg/dpkg.cfg
           Configuration file with default options.

       /var/log/dpkg.log
           Default log file (see /etc/dpkg/dpkg.cfg and option --log).

       The other files listed below are in their default directories, see
       option --admindir to see how to change locations of these files.

       /var/lib/dpkg/available
           List of available packages.

       /var/lib/dpkg/status
           Statuses of available packages. This file contains information
           about whether a package is marked for removing or not, whether it
           is installed or not, etc. See section INFORMATION ABOUT PACKAGES
           for more info.

           The status file is backed up daily in /var/backups. It can be
           useful if it's lost or corrupted due to filesystems troubles.

       The format and contents of a binary package are described in deb(5).

EXAMPLES
       To list installed packages related to the editor vi(1) (note that dpkg-
       query does not load the available file anymore by default, and the
       dpkg-query --load-avail option should be used instead for that):

        dpkg -l '*vi*'

       To see the entries in /var/lib/dpkg/available of two packages:

        dpkg --print-avail elvis vim | less

       To search the listing of packages yourself:

        less /var/lib/dpkg/available

       To remove an installed elvis package:

        dpkg -r elvis

       To install a package, you first need to find it in an archive or CDROM.
       The available file shows that the vim package is in section editors:

        cd /media/cdrom/pool/main/v/vim
        dpkg -i vim_4.5-3.deb

       To make a local copy of the package selection states:

        dpkg --get-selections> myselections

       You might transfer this file to another computer, and after having
       updated the available file there with your package manager frontend of
       choice (see <https://wiki.debian.org/Teams/Dpkg/FAQ#set-selections> for
       more details), for example:

        apt-cache dumpavail | dpkg --merge-avail

       or with dpkg 1.17.6 and earlier:

        avail=$(mktemp)
        apt-cache dumpavail> "$avail"
        dpkg --merge-avail "$avail"
        rm "$avail"

       you can install it with:

        dpkg --clear-selections
        dpkg --set-selections <myselections

       Note that this will not actually install or remove anything, but just
       set the selection state on the requested packages. You will need some
       other application to actually download and install the requested
       packages. For example, run apt-get dselect-upgrade.

       Ordinarily, you will find that dselect(1) provides a more convenient
       way to modify the package selection states.

SEE ALSO
       aptitude(8), apt(8), dselect(1), dpkg-deb(1), dpkg-query(1), deb(5),
       deb-control(5), dpkg.cfg(5), and dpkg-reconfigure(8).

AUTHORS
       See /usr/share/doc/dpkg/THANKS for the list of people who have
       contributed to dpkg.

1.21.22                           2023-05-11                           dpkg(1)
`;

export const DPKG_QUERY_MAN = `dpkg-query(1)                     dpkg suite                     dpkg-query(1)

NAME
       dpkg-query - a tool to query the dpkg database

SYNOPSIS
       dpkg-query [option...] command

DESCRIPTION
       dpkg-query is a tool to show information about packages listed in the
       dpkg database.

COMMANDS
       -l, --list [package-name-pattern...]
           List all known packages matching one or more patterns, regardless
           of their status, which includes any real or virtual package
           referenced in any dependency relationship field (such as Breaks,
           Enhances, etc.).  If no package-name-pattern is given, list all
           packages in /var/lib/dpkg/status, excluding the ones marked as not-
           installed (i.e.  those which have been previously purged).  Normal
           shell wildcard characters are allowed in package-name-pattern.
           Please note you will probably have to quote package-name-pattern to
           prevent the shell from performing filename expansion.  For example
           this will list all package names starting with “libc6”:

            dpkg-query -l 'libc6*'

           The first three columns of the output show the desired action, the
           package status, and errors, in that order.

           Desired action:

           u = Unknown
           i = Install
           h = Hold
           r = Remove
           p = Purge

           Package status:

           n = Not-installed
           c = Config-files
           H = Half-installed
           U = Unpacked
           F = Half-configured
           W = Triggers-awaiting
           t = Triggers-pending
           i = Installed

           Error flags:

           <empty> = (none)
           R = Reinst-required

           An uppercase status or error letter indicates the package is likely
           to cause severe problems. Please refer to dpkg(1) for information
           about the above states and flags.

           The output format of this option is not configurable, but varies
           automatically to fit the terminal width. It is intended for human
           readers, and is not easily machine-readable. See -W (--show) and
           --showformat for a way to configure the output format.

       -W, --show [package-name-pattern...]
           Just like the --list option this will list all packages matching
           the given patterns. However the output can be customized using the
           --showformat option.

           The default output format gives one line per matching package, each
           line consisting of the package name and its installed version,
           separated by a tab.  The package name will be architecture
           qualified for packages with a Multi-Arch field with the value same
           or with a foreign architecture, which is an architecture that is
           neither the native one nor all.

       -s, --status [package-name...]
           Report status of specified packages. This just displays the entry
           in the installed package status database.  If no package-name is
           specified it will display all package entries in the status
           database (since dpkg 1.19.1).  When multiple package-name entries
           are listed, the requested status entries are separated by an empty
           line, with the same order as specified on the argument list.

       -L, --listfiles package-name...
           List files installed to your system from package-name. When
           multiple package-names are listed, the requested lists of files are
           separated by an empty line, with the same order as specified on the
           argument list.

           Each file diversion is printed on its own line after its diverted
           file, prefixed with one of the following localized strings:

             locally diverted to: diverted-to
             package diverts others to: diverted-to
             diverted by pkg to: diverted-to

           Hint: When machine parsing the output, it is customary to set the
           locale to C.UTF-8 to get reproducible results.

           This command will not list extra files created by maintainer
           scripts, nor will it list alternatives.

       --control-list package-name
           List control files installed to your system from package-name
           (since dpkg 1.16.5).  These can be used as input arguments to
           --control-show.

       --control-show package-name control-file
           Print the control-file installed to your system from package-name
           to the standard output (since dpkg 1.16.5).

       -c, --control-path package-name [control-file]
           List paths for control files installed to your system from package-
           name (since dpkg 1.15.4).  If control-file is specified then only
           list the path for that control file if it is present.

           Warning: this command is deprecated as it gives direct access to
           the internal dpkg database, please switch to use --control-list and
           --control-show instead for all cases where those commands might
           give the same end result. Although, as long as there is still at
           least one case where this command is needed (i.e. when having to
           remove a damaging postrm maintainer script), and while there is no
           good solution for that, this command will not get removed.

       -S, --search filename-search-pattern...
           Search for packages that own files corresponding to the given
           patterns.  Standard shell wildcard characters can be used in the
           pattern, where asterisk (*) and question mark (?) will match a
           slash, and backslash (\\) will be used as an escape character.

           If the first character in the filename-search-pattern is none of
           ‘*[?/’ then it will be considered a substring match and will be
           implicitly surrounded by ‘*’ (as in *filename-search-pattern*).  If
           the subsequent string contains any of ‘*[?\\’, then it will handled
           like a glob pattern, otherwise any trailing ‘/’ or ‘/.’ will be
           removed and a literal path lookup will be performed.

           This command will not list extra files created by maintainer
           scripts, nor will it list alternatives.

           The output format consists of one line per matching pattern, with a
           list of packages owning the pathname separated by a comma (U+002C
           ‘,’) and a space (U+0020 ‘ ’), followed by a colon (U+003A ‘:’) and
           a space, followed by the pathname. As in:

             pkgname1, pkgname2: pathname1
             pkgname3: pathname2

           File diversions are printed with the following localized strings:

             diversion by pkgname from: diverted-from
             diversion by pkgname to: diverted-to

           or for local diversions:

             local diversion from: diverted-from
             local diversion to: diverted-to

           Hint: When machine parsing the output, it is customary to set the
           locale to C.UTF-8 to get reproducible results.

       -p, --print-avail [package-name...]
           Display details about packages, as found in
           /var/lib/dpkg/available.  If no package-name is specified, it will
           display all package entries in the available database (since dpkg
           1.19.1).  When multiple package-name are listed, the requested
           available entries are separated by an empty line, with the same
           order as specified on the argument list.

           Users of APT-based frontends should use apt show package-name
           instead as the available file is only kept up-to-date when using
           dselect.

       -?, --help
           Show the usage message and exit.

       --version
           Show the version and exit.

EXIT STATUS
       0   The requested query was successfully performed.

       1   The requested query failed either fully or partially, due to no
           file or package being found (except for --control-path,
           --control-list and --control-show were such errors are fatal).

       2   Fatal or unrecoverable error due to invalid command-line usage, or
           interactions with the system, such as accesses to the database,
           memory allocations, etc.

SEE ALSO
       dpkg(1).

1.21.22                           2023-05-11                     dpkg-query(1)
`;
