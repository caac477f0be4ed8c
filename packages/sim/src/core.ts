/**
 * What @rootlab/sim exports, the same in Node and in the browser; the two
 * entries (index.ts, index.browser.ts) differ only in how command groups are
 * loaded (commands/registry.ts).
 */
export type { ByteString } from "./bytes.js";
export { toUint8Array, utf8Decode, utf8Encode } from "./bytes.js";
export { type Download, World, type WorldSnapshot, type WorldState } from "./world/world.js";
export { EPOCH_MS } from "./world/clock.js";
export type { Host } from "./host/host.js";
export type { MachineState } from "./firmware/state.js";
export type { LabSpec, LabHostSpec, LabInterfaceConfig } from "./lab/types.js";
export { getLab, listLabs } from "./lab/labs/index.js";
export type { Transcript, TranscriptEntry, LineOutput } from "./lab/transcript.js";
export type { NfTraceStep, PacketDecision, PacketVerdict } from "./kernel/net/packet/trace.js";
export { LabSession, type LineResult, loadLabBuilder, TranscriptTooCostly } from "./lab/lab-session.js";
export { LAB_SNAPSHOT_FORMAT, type LabSnapshot, labSnapshot, restoreLabSnapshot } from "./lab/lab-snapshot.js";
export type { ProbeEndpoint, ProbeOutcome, ProbeProto, ProbeRequest, ProbeResult } from "./lab/probe.js";
export type { ConntrackState, CtEntry, CtTcpState, CtTuple } from "./kernel/net/netfilter/types.js";
export { TerminalSession, type TerminalSessionOptions } from "./session/terminal-session.js";
export {
  type CommandGroup,
  CommandsPending,
  commandGroupOf,
  commandGroups,
  commandGroupsLoaded,
  commandNames,
  findCommand,
  loadCommandGroups,
} from "./commands/registry.js";
export { builtinNames } from "./shell/index.js";
export type { AdminQueryResult } from "./services/mysqld/admin.js";
export { queryAsRoot } from "./commands/mysql/admin-query.js";
