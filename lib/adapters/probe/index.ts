import "server-only";
export { probeMedia, probeMediaAndVersion, readValidators } from "@/lib/adapters/probe/probe";
export { ProbeError } from "@/lib/adapters/probe/errors";
export { versionKey } from "@/lib/adapters/probe/validators";
