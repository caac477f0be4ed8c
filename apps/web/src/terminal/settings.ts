/** The terminal's settings kept in this browser (progress/store.ts keys). */

/** "1": xterm's screen reader mode is on */
export const SCREEN_READER_KEY = "rootlab:settings:screen-reader";
