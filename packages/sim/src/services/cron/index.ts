export { CRON_PATH, CRON_TIMER, CROND_PID, CROND_PIDFILE, type CronJob, type JobRunner, SPOOL_DIR, setCronJobRunner, startCron, userHome } from "./crond.js";
export { type CronEntry, type CrontabParse, entryDue, parseCrontab, splitPercent } from "./crontab-file.js";
