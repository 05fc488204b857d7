// Prompt markers let end-to-end tests drive the simulator through the real UI:
// [sim:fail=CODE] fails the task, [sim:reject=CODE] fails the create call, [sim:slow] runs 10x longer.

export interface PromptMarkers {
  failCode?: string;
  rejectCode?: string;
  slow: boolean;
}

export function readPromptMarkers(prompt: unknown): PromptMarkers {
  const text = typeof prompt === "string" ? prompt : "";
  return {
    failCode: /\[sim:fail=([\w.]+)\]/.exec(text)?.[1],
    rejectCode: /\[sim:reject=([\w.]+)\]/.exec(text)?.[1],
    slow: text.includes("[sim:slow]"),
  };
}

/** HTTP status the provider uses for each error code. */
export function statusForCode(code: string): number {
  if (code.startsWith("Throttling")) return 429;
  if (code === "InvalidApiKey") return 401;
  if (code.startsWith("AccessDenied") || code === "Model.AccessDenied") return 403;
  if (code === "ModelNotFound") return 404;
  if (code === "ModelUnavailable") return 503;
  if (code.startsWith("InternalError")) return 500;
  return 400;
}

const MESSAGES: Readonly<Record<string, string>> = {
  InvalidParameter: "The request parameters are invalid.",
  InvalidURL: "Failed to download the input file from the URL.",
  DataInspectionFailed: "Input data may contain inappropriate content.",
  IPInfringementSuspect: "Input data is suspected of being involved in IP infringement.",
  Arrearage: "Access denied, please make sure your account is in good standing.",
  InvalidApiKey: "Invalid API-key provided.",
  AccessDenied: "Access denied.",
  "Model.AccessDenied": "Model access denied.",
  "AccessDenied.Unpurchased": "Access to model denied. Please make sure you are eligible for using the model.",
  ModelNotFound: "Model not exist.",
  Throttling: "Requests throttling triggered.",
  "Throttling.RateQuota": "Requests rate limit exceeded, please try again later.",
  "Throttling.AllocationQuota": "Allocated quota exceeded, please increase your quota limit.",
  InternalError: "An internal error has occured, please try again later.",
  "InternalError.Timeout": "An internal timeout error has occured during execution, please try again later.",
  ModelUnavailable: "Model is unavailable, please try again later.",
};

export function messageForCode(code: string): string {
  return MESSAGES[code] ?? `Simulated failure: ${code}.`;
}
