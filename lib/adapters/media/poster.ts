// Renders a poster (one JPEG frame) from a video with the ffmpeg binary that ships in
// @ffmpeg-installer/ffmpeg. Spawned without a shell, with a timeout and a cap on its output;
// the input is a local file path or a loopback http:// URL (ffmpeg seeks with Range requests,
// so files whose index sits at the end work too).
import "server-only";
import { spawn } from "node:child_process";

export type PosterFailure = "ffmpeg_missing" | "timeout" | "no_frame" | "too_large";

export class PosterError extends Error {
  constructor(
    readonly reason: PosterFailure,
    message: string,
  ) {
    super(message);
    this.name = "PosterError";
  }
}

export interface PosterOptions {
  /** Where to take the frame; a video shorter than that gives its first frame. */
  atSeconds?: number;
  width?: number;
  timeoutMs?: number;
  /** Overrides the bundled binary (tests point it at a missing file). */
  ffmpegPath?: string;
}

export const POSTER_WIDTH = 480;
const MAX_POSTER_BYTES = 4 * 1024 * 1024;
const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff]);

/** The bundled binary's path, or null when the package (or its platform binary) is absent. */
export async function bundledFfmpegPath(): Promise<string | null> {
  try {
    // Imported when needed: the package throws at load time on a platform it has no binary for.
    const installer = await import("@ffmpeg-installer/ffmpeg");
    return (installer.default ?? installer).path ?? null;
  } catch {
    return null;
  }
}

/** JPEG bytes of the frame at `atSeconds` (else the first frame), scaled to `width` px wide. */
export async function renderPoster(input: string, opts: PosterOptions = {}): Promise<Buffer> {
  const binary = opts.ffmpegPath ?? (await bundledFfmpegPath());
  if (!binary) throw new PosterError("ffmpeg_missing", "The ffmpeg binary is not installed.");
  const run = (at: number) => runFfmpeg(binary, frameArgs(input, at, opts.width ?? POSTER_WIDTH), opts.timeoutMs ?? 20_000);
  const first = await run(opts.atSeconds ?? 0.5);
  if (isJpeg(first)) return first;
  const fallback = await run(0);
  if (isJpeg(fallback)) return fallback;
  throw new PosterError("no_frame", "ffmpeg found no video frame in the file.");
}

function frameArgs(input: string, atSeconds: number, width: number): string[] {
  return [
    ...["-hide_banner", "-nostdin", "-loglevel", "error"],
    ...["-protocol_whitelist", "file,http,tcp"],
    ...["-ss", String(atSeconds), "-i", input],
    ...["-frames:v", "1", "-an", "-vf", `scale=${width}:-2`],
    ...["-f", "image2pipe", "-c:v", "mjpeg", "-q:v", "4", "pipe:1"],
  ];
}

const isJpeg = (bytes: Buffer) => bytes.length > JPEG_MAGIC.length && bytes.subarray(0, JPEG_MAGIC.length).equals(JPEG_MAGIC);

/** stdout of the run; empty when ffmpeg failed (its stderr is not kept: it may echo the input URL). */
function runFfmpeg(binary: string, args: string[], timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ["ignore", "pipe", "ignore"], shell: false, windowsHide: true });
    const chunks: Buffer[] = [];
    let bytes = 0;
    let failure: PosterError | null = null;
    const stop = (error: PosterError) => {
      failure ??= error;
      child.kill("SIGKILL");
    };
    const timer = setTimeout(() => stop(new PosterError("timeout", `ffmpeg took longer than ${timeoutMs} ms.`)), timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > MAX_POSTER_BYTES) stop(new PosterError("too_large", "ffmpeg produced an unexpectedly large frame."));
      else chunks.push(chunk);
    });
    child.once("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(error.code === "ENOENT" || error.code === "EACCES" ? new PosterError("ffmpeg_missing", "The ffmpeg binary cannot be run.") : error);
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      if (failure) reject(failure);
      else resolve(code === 0 ? Buffer.concat(chunks) : Buffer.alloc(0));
    });
  });
}
