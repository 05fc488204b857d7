// Static URL checks for media the provider (and our prober) will fetch: the outbound policy's
// answer for the "reference" kind without DNS (http(s) only, no loopback / private hosts written as
// literals or local names). DNS answers are checked when the prober connects.
import { policyFor, urlVerdict } from "@/lib/rules/net/policy";

/** Why a URL is refused, or null when it may be used. `field` names the request field. */
export function urlProblem(field: string, raw: string, allowPrivateUrls = false): string | null {
  const verdict = urlVerdict(raw, policyFor("reference", { allowPrivate: allowPrivateUrls }));
  if (verdict.allowed) return null;
  if (verdict.reason === "unsupported_scheme") {
    return `${field} must be an http or https URL (got ${verdict.scheme}:); upload the file or give a public web address`;
  }
  if (verdict.reason === "private_address") {
    if (verdict.name && verdict.range === "loopback") return `${field} points at localhost, which the provider cannot reach; use a public URL`;
    return `${field} points at ${describeRange(verdict.range)} address (${verdict.host}), which the provider cannot reach; use a public URL`;
  }
  return `${field} is not a valid URL; give a public http(s) address`;
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
