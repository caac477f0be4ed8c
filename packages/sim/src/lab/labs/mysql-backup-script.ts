/**
 * /usr/sbin/scripts/mysql_backup on the mysql-backup lab's database host: the
 * seed's "MySQL Backup" (a Perl script using mysqldump, tar and gzip, with a
 * web-triggered CGI part the note says to comment out) redone as a POSIX
 * shell script a learner reads and edits: everything set in one
 * configuration block, absolute paths throughout so that cron can run it,
 * all tables or chosen ones, archives kept locally, copied to the backup
 * host with scp, a report mailed. Its CGI lines are there on purpose: the
 * lesson explains why they must go.
 */
export const MYSQL_BACKUP_SCRIPT = `#!/bin/sh
#
# mysql_backup - back up MariaDB/MySQL databases with mysqldump, tar and gzip.
#
# Each run dumps every database named in DATABASES into DATABASE.sql, packs
# the dump into BACKUP_DIR/DATABASE_YYYY-MM-DD_HHMM.tar.gz, copies the
# archive to REMOTE with scp and mails a report to MAIL_TO.
#
# Set everything up in the CONFIGURATION section below, run the script once
# by hand, then let cron run it every midnight (crontab -e):
#
#     0 0 * * * /usr/sbin/scripts/mysql_backup
#
# cron runs it with PATH=/usr/bin:/bin, in root's home directory, with no
# terminal: every program and file below is named by its absolute path.
#
# To restore DATABASE from an archive:
#
#     tar -xzf /var/backups/mysql/DATABASE_YYYY-MM-DD_HHMM.tar.gz -C /tmp
#     mysql DATABASE < /tmp/DATABASE.sql
#
# Usage: mysql_backup                   back up as configured
#        mysql_backup DATABASE [TABLE...]  back up one database (or some of its tables)

# ------------------------------------------------------------- CONFIGURATION
# databases to back up, separated by spaces
DATABASES="shop"
# tables to back up: empty for all of them, or a list (then DATABASES names one database)
TABLES=""
# where the archives are kept on this host
BACKUP_DIR="/var/backups/mysql"
# where a copy goes, as scp writes it (user@host:directory/); empty for none
REMOTE="root@backup:/srv/backups/"
# who gets the report; empty for nobody
MAIL_TO="root"
# the programs, by absolute path
MYSQLDUMP=/usr/bin/mysqldump
TAR=/usr/bin/tar
SCP=/usr/bin/scp
MAIL=/usr/bin/mail
LOG=/var/log/mysql_backup.log
# --------------------------------------------------------- END OF CONFIGURATION

# The same settings may be kept in /etc/default/mysql_backup instead, read here
# after the ones above, so that a new version of this script does not undo them.
if [ -r /etc/default/mysql_backup ]; then . /etc/default/mysql_backup; fi

# Running the backup from a web page (CGI): a web server that runs this script
# passes the browser's request in the environment. These three lines answer the
# browser and take the databases from the address (...?db=shop).
if [ -n "$GATEWAY_INTERFACE" ]; then echo "Content-Type: text/plain"; echo; fi
if [ -n "$QUERY_STRING" ]; then DATABASES=\${QUERY_STRING#db=}; TABLES=""; fi
if [ -n "$GATEWAY_INTERFACE" ]; then exec 2>&1; fi

STAMP=$(/usr/bin/date +%Y-%m-%d_%H%M)
WORK="$BACKUP_DIR/.work"
REPORT="$WORK/report"
failed=0

# log MESSAGE: into the log file and the report; on the screen too when run by hand
log() {
    line="$(/usr/bin/date '+%F %T') $*"
    echo "$line" >> "$LOG"
    echo "$line" >> "$REPORT"
    if [ -t 1 ]; then echo "$line"; fi
}

# backup DATABASE [TABLE...]: dump, archive, copy
backup() {
    db=$1
    shift
    archive="$BACKUP_DIR/\${db}_$STAMP.tar.gz"
    if ! $MYSQLDUMP --single-transaction "$db" "$@" > "$WORK/$db.sql"; then
        log "FAILED: mysqldump $db $*"
        failed=1
        return 1
    fi
    if ! $TAR -czf "$archive" -C "$WORK" "$db.sql"; then
        log "FAILED: tar $archive"
        failed=1
        return 1
    fi
    /usr/bin/rm -f "$WORK/$db.sql"
    log "saved $db\${*:+ (tables: $*)} in $archive"
    if [ -n "$REMOTE" ]; then
        if $SCP -q "$archive" "$REMOTE"; then
            log "copied $archive to $REMOTE"
        else
            log "FAILED: scp $archive $REMOTE"
            failed=1
        fi
    fi
}

/usr/bin/mkdir -p "$BACKUP_DIR" "$WORK"
: > "$REPORT"

case $# in
    0)
        if [ -n "$TABLES" ]; then
            backup $DATABASES $TABLES
        else
            for db in $DATABASES; do
                backup "$db"
            done
        fi
        ;;
    *)
        backup "$@"
        ;;
esac

if [ -n "$MAIL_TO" ]; then
    if [ $failed -eq 0 ]; then status=OK; else status=FAILED; fi
    $MAIL -s "mysql_backup on $(/usr/bin/hostname): $status" "$MAIL_TO" < "$REPORT"
fi
/usr/bin/rm -f "$REPORT"
exit $failed
`;
