/** User and group administration (shadow 4.13): useradd, userdel, usermod, groupadd, groupdel, gpasswd, passwd, chpasswd; su (util-linux); adduser, addgroup, deluser, delgroup (adduser 3.134). */
import type { Command } from "../types.js";
import { addgroup, adduser } from "./adduser.js";
import { delgroup, deluser } from "./deluser.js";
import { chpasswd } from "./chpasswd.js";
import { gpasswd } from "./gpasswd.js";
import { groupadd } from "./groupadd.js";
import { groupdel } from "./groupdel.js";
import { passwd } from "./passwd.js";
import { su } from "./su.js";
import { useradd } from "./useradd.js";
import { userdel } from "./userdel.js";
import { usermod } from "./usermod.js";

export const accountCommands: Command[] = [useradd, userdel, usermod, groupadd, groupdel, gpasswd, passwd, chpasswd, su, adduser, addgroup, deluser, delgroup];
