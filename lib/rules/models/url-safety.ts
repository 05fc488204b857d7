// Static URL checks for media the provider (and our prober) will fetch: http(s) only, and no
// loopback / private hosts written as literals. DNS-based checks happen at fetch time elsewhere.
import ipaddr from "ipaddr.js";
import { addressVerdict } from "@/lib/adapters/net/address-policy";

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
  const host = url.hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");
  if (host === "localhost" || host.endsWith(".localhost")) {
    return `${field} points at localhost, which the provider cannot reach; use a public URL`;
  }
  if (ipaddr.isValid(host)) {
    const verdict = addressVerdict(host);
    if (!verdict.allowed) {
      return `${field} points at ${describeRange(verdict.range)} address (${host}), which the provider cannot reach; use a public URL`;
    }
  }
  return null;
}

const RANGE_WORDS: Record<string, string> = {
  loopback: "a loopback",
  linkLocal: "a link-local",
  uniqueLocal: "a unique-local",
  unspecified: "an unspecified",
  multicast: "a multicast",
  broadcast: "a broadcast",
  reserved: "a reserved",
  benchmarking: "a reserved",
  private: "a private",
  carrierGradeNat: "a private",
};

function describeRange(range: string): string {
  return RANGE_WORDS[range] ?? "a non-public";
}
