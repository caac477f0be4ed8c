/**
 * Fields several check kinds share: an IPv4 address, a port. Values may come
 * from a content parameter, which is always text ("{{port}}" filled with
 * "8080"), so a port is accepted as a number or as digits.
 */
import { z } from "zod";

export function ipv4Field(description: string) {
  return z
    .string()
    .regex(/^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/, "expected an IPv4 address, e.g. 10.0.0.1")
    .describe(description);
}

export function portField(description: string) {
  return z
    .union([z.number(), z.string().regex(/^\d+$/, "expected a port number")])
    .transform(Number)
    .pipe(z.number().int().min(1).max(65535))
    .describe(description);
}
