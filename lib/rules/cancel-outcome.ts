// What a cancel did (POST /api/v1/generations/{id}/cancel): pure, so the browser can read answers without the contracts.
export const CANCEL_OUTCOME = { canceled: "canceled", requested: "requested" } as const;
export const CANCEL_OUTCOMES = [CANCEL_OUTCOME.canceled, CANCEL_OUTCOME.requested] as const;
