/**
 * Daemons started at boot, after networking, for each one the host has
 * enabled (as systemd starts what multi-user.target wants).
 */
import type { Host } from "../host/host.js";
import "./syslog/klog.js";
import { startWebServer } from "./web/nginx.js";

export function startServices(host: Host): void {
  startWebServer(host);
}
