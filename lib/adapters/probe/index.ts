export { probeMedia, probeMediaAndVersion, readValidators, DEFAULT_MAX_BYTES, DEFAULT_PROBE_TIMEOUT_MS, type ProbeOptions } from "@/lib/adapters/probe/probe";
export { ProbeError, type ProbeErrorCode } from "@/lib/adapters/probe/errors";
export { detectFormat, sniffSignature, formatFromContentType, formatFromExtension, type MediaFormat } from "@/lib/adapters/probe/sniff";
export { versionKey, type FileValidators } from "@/lib/adapters/probe/validators";
