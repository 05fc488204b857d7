export const REGION_NAMES: Record<string, string> = { singapore: "Singapore", virginia: "Virginia (US)", beijing: "Beijing" };

export const AUDIO_LABELS: Record<string, string> = { any: "With or without sound", audio: "With sound", silent: "Silent" };
