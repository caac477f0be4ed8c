/** The built-in labs, by id. */
import type { LabSpec } from "../types.js";
import { conntrack } from "./conntrack.js";
import { gateway } from "./gateway.js";
import { nat } from "./nat.js";
import { mysqlBackup } from "./mysql-backup.js";
import { oneNicRouter } from "./one-nic-router.js";
import { single } from "./single.js";
import { statefulFirewall } from "./stateful-firewall.js";

const labs: LabSpec[] = [single, gateway, oneNicRouter, nat, conntrack, statefulFirewall, mysqlBackup];

export function listLabs(): LabSpec[] {
  return labs;
}

export function getLab(id: string): LabSpec | undefined {
  return labs.find((l) => l.id === id);
}
