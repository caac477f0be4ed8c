/**
 * An exercise as the studio's form makes it, for the tests of the studio's
 * data access and routes (and the end-to-end test's expectations). Not a
 * test file. Every string can be swapped for a hostile one (`hostile`).
 */
import type { AuthoredExercise } from "@rootlab/content/validate";

export const STUDIO_ADDRESS = "192.168.1.77/24";

export function studioDocument(title = "Give eth0 a third address"): AuthoredExercise {
  return {
    lesson: "Your lab is one host with `192.168.1.10/24` on `eth0`. Add another address:\n\n```sh\nip addr show dev eth0\n```\n",
    exercise: {
      id: "ignored",
      title,
      lab: "single",
      setup: [],
      tasks: [`Add **${STUDIO_ADDRESS}** to \`eth0\`.`],
      checks: [
        {
          id: "added",
          title: `eth0 has ${STUDIO_ADDRESS}`,
          spec: { kind: "address", host: "host", dev: "eth0", address: STUDIO_ADDRESS },
          failMessage: "The address is not on eth0.",
          hint: "`ip addr add`",
        },
        {
          id: "kept",
          title: "eth0 keeps 192.168.1.10/24",
          spec: { kind: "address", host: "host", dev: "eth0", address: "192.168.1.10/24" },
          failMessage: "The host lost its address.",
          guard: true,
        },
      ],
      hints: ["`ip addr help`", `\`ip addr add ${STUDIO_ADDRESS} dev eth0\``],
    },
    solutions: {
      exercise: "ignored",
      reference: [`ip addr add ${STUDIO_ADDRESS} dev eth0`],
      wrong: [{ name: "the wrong prefix", lines: ["ip addr add 192.168.1.77/25 dev eth0"], fails: ["added"] }],
    },
  };
}

export const XSS = `<img src=x onerror=alert(1)><script>alert(2)</script>`;
