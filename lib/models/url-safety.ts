// Static URL checks for media the provider (and our prober) will fetch: http(s) only, and no
// loopback / private hosts written as literals. DNS-based checks happen at fetch time elsewhere.
import ipaddr from "ipaddr.js";

const BLOCKED_RANGES = new Set([
  "unspecified",
  "loopback",
  "private",
  "linkLocal",
  "uniqueLocal",
  "carrierGradeNat",
  "broadcast",
]);

/** Why a URL is refused, or null when it may be used. `field` names the request field. */
export function urlProblem(field: string, raw: string, allowPrivateUrls = false): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `${field} is not a valid URL; give a public http(s) address`;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return `${field} must be an http or https URL (got ${url.protocol.replace(/:$/, "")}:); upload the file or give a public web address`;
  }
  if (allowPrivateUrls) return null;
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  if (host === "localhost" || host.endsWith(".localhost")) {
    return `${field} points at localhost, which the provider cannot reach; use a public URL`;
  }
  if (ipaddr.isValid(host)) {
    const range = ipaddr.process(host).range();
    if (BLOCKED_RANGES.has(range)) {
      return `${field} points at a ${describeRange(range)} address (${host}), which the provider cannot reach; use a public URL`;
    }
  }
  return null;
}

function describeRange(range: string): string {
  switch (range) {
    case "loopback":
      return "loopback";
    case "linkLocal":
      return "link-local";
    case "uniqueLocal":
      return "unique-local";
    case "unspecified":
      return "unspecified";
    default:
      return "private";
  }
}
