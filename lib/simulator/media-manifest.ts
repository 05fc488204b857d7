// Media fixtures served by the simulator at /media/<name> (tests and the app's demo mode).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { MediaKind } from "@/lib/rules/models/types";

export interface SimMediaAsset {
  name: string;
  kind: MediaKind;
  contentType: string;
  /** Container duration in seconds (video and audio only). */
  durationSeconds?: number;
  width?: number;
  height?: number;
}

/** name → what the file is. `result.mp4` is the video returned for every successful task. */
export const SIM_MEDIA: Readonly<Record<string, SimMediaAsset>> = {
  "result.mp4": { name: "result.mp4", kind: "video", contentType: "video/mp4", durationSeconds: 3, width: 480, height: 270 },
  "person.mp4": { name: "person.mp4", kind: "video", contentType: "video/mp4", durationSeconds: 4.2, width: 320, height: 180 },
  "dancer.mp4": { name: "dancer.mp4", kind: "video", contentType: "video/mp4", durationSeconds: 8, width: 320, height: 180 },
  "product.png": { name: "product.png", kind: "image", contentType: "image/png", width: 320, height: 320 },
  "background.jpg": { name: "background.jpg", kind: "image", contentType: "image/jpeg", width: 640, height: 360 },
  "voice.wav": { name: "voice.wav", kind: "audio", contentType: "audio/wav", durationSeconds: 5 },
  "track.mp3": { name: "track.mp3", kind: "audio", contentType: "audio/mpeg", durationSeconds: 12 },
};

export const RESULT_ASSET = "result.mp4";

function candidateDirs(): string[] {
  const dirs: string[] = [];
  try {
    dirs.push(path.join(path.dirname(fileURLToPath(import.meta.url)), "assets"));
  } catch {
    // import.meta.url is unavailable in some bundlers; fall back to the working directory.
  }
  dirs.push(path.join(process.cwd(), "lib", "simulator", "assets"));
  return dirs;
}

/** The folder holding the committed fixture files. */
export function simulatorAssetsDir(override?: string): string {
  if (override) return override;
  const found = candidateDirs().find((dir) => existsSync(path.join(dir, RESULT_ASSET)));
  if (!found) throw new Error("Simulator media fixtures not found (lib/simulator/assets).");
  return found;
}

/** Reads every manifest file into memory (they are small) so Range requests are simple slices. */
export function loadSimulatorAssets(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of Object.keys(SIM_MEDIA)) files.set(name, readFileSync(path.join(dir, name)));
  return files;
}
