export { probeMedia, probeMediaAndVersion, readValidators, DEFAULT_MAX_BYTES, DEFAULT_PROBE_TIMEOUT_MS, type ProbeOptions } from "@/lib/probe/probe";
export { ProbeError, type ProbeErrorCode } from "@/lib/probe/errors";
export { detectFormat, sniffSignature, formatFromContentType, formatFromExtension, type MediaFormat } from "@/lib/probe/sniff";
export { versionKey, type FileValidators } from "@/lib/probe/validators";
