// Human explanations of provider error codes, with what to do next (shown on failures).
import "server-only";
const EXPLANATIONS: Record<string, { title: string; hint: string }> = {
  DataInspectionFailed: {
    title: "Blocked by content moderation",
    hint: "The prompt, a reference or the generated video was flagged. Rephrase the prompt or replace the references, then re-run.",
  },
  IPInfringementSuspect: {
    title: "Possible intellectual-property infringement",
    hint: "The request looks like protected characters, brands or likenesses. Use original references and a prompt that does not name them.",
  },
  InvalidURL: {
    title: "A reference could not be downloaded",
    hint: "Make sure every reference URL is public (reachable from the internet) and still valid, then re-run.",
  },
  InvalidParameter: {
    title: "The provider refused a parameter",
    hint: "Check the size, duration and references for this model; Reelroom validates most rules, the provider has the last word.",
  },
  Arrearage: {
    title: "The provider account is in arrears",
    hint: "Top up the Alibaba Cloud account that owns this team's key, then re-run.",
  },
  InvalidApiKey: {
    title: "The provider key was refused",
    hint: "An admin should check the key for this region in Settings → Provider keys.",
  },
  AccessDenied: { title: "Access denied by the provider", hint: "The key may not have access to this model or workspace. Check the key's permissions." },
  "Model.AccessDenied": { title: "No access to this model", hint: "Activate the model for the key's account in Model Studio, or choose another model." },
  "AccessDenied.Unpurchased": { title: "Model not purchased", hint: "Activate or purchase this model in Model Studio, or choose another model." },
  ModelNotFound: { title: "Model not available", hint: "This model is not offered for the key's region. Choose another model or region." },
  Throttling: { title: "Provider busy (throttling)", hint: "Reelroom queues and retries throttled work automatically; nothing to do unless it persists." },
  "Throttling.RateQuota": { title: "Provider rate limit", hint: "Reelroom queues and retries throttled work automatically." },
  "Throttling.AllocationQuota": { title: "Provider quota reached", hint: "The account's quota is used up; wait or raise the quota in Model Studio." },
  InternalError: { title: "Provider error", hint: "A temporary problem at the provider. Re-run the generation." },
  "InternalError.Timeout": { title: "Provider timed out", hint: "A temporary problem at the provider. Re-run the generation." },
  ModelUnavailable: { title: "Model temporarily unavailable", hint: "Try again later or choose another model." },
  ResultExpired: {
    title: "The video link expired",
    hint: "The provider keeps results for 24 hours only; it could not be archived in time. Re-run the generation.",
  },
  TaskLost: { title: "The provider lost the task", hint: "The provider no longer knows this task (task ids live 24 hours). Re-run the generation." },
};

export function explainProviderCode(code: string | null | undefined): { title?: string; hint?: string } {
  return (code && EXPLANATIONS[code]) || {};
}
