// Format detection and MP4 box walking on real fixture bytes (no network).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { detectFormat, sniffSignature, formatFromExtension } from "@/lib/adapters/probe/sniff";
import { durationFromMoov, readIsoBmffDuration } from "@/lib/adapters/probe/mp4-duration";
import type { ByteSource } from "@/lib/adapters/probe/byte-source";
import { MEDIA_DIR } from "./fixture-server";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(MEDIA_DIR, name)));
const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("sniffSignature", () => {
  it.each([
    ["PNG", fixture("image.png"), "image", "png"],
    ["JPEG", fixture("image.jpg"), "image", "jpeg"],
    ["GIF", bytes("GIF89a", [1, 0, 1, 0]), "image", "gif"],
    ["WEBP", bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "), "image", "webp"],
    ["BMP", bytes("BM", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [40, 0, 0, 0]), "image", "bmp"],
    ["HEIC (ftyp heic)", bytes([0, 0, 0, 24], "ftypheic"), "image", "heif"],
    ["AVIF (ftyp avif)", bytes([0, 0, 0, 24], "ftypavif"), "image", "avif"],
    ["MP4", fixture("moov-start.mp4"), "video", "isobmff"],
    ["MOV", fixture("clip.mov"), "video", "isobmff"],
    ["QuickTime without ftyp", bytes([0, 0, 0, 8], "wide"), "video", "isobmff"],
    ["M4A", bytes([0, 0, 0, 24], "ftypM4A "), "audio", "isobmff"],
    ["WebM", fixture("clip.webm"), "video", "matroska"],
    ["AVI", bytes("RIFF", [0, 0, 0, 0], "AVI LIST"), "video", "avi"],
    ["WAV", fixture("voice.wav"), "audio", "wav"],
    ["MP3 (ID3)", bytes("ID3", [4, 0, 0]), "audio", "mp3"],
    ["MP3 (frame sync)", bytes([0xff, 0xfb, 0x90, 0x00]), "audio", "mp3"],
    ["AAC (ADTS)", bytes([0xff, 0xf1, 0x50, 0x80]), "audio", "aac"],
    ["Ogg", bytes("OggS", [0, 2]), "audio", "ogg"],
    ["FLAC", bytes("fLaC"), "audio", "flac"],
  ] as const)("%s", (_name, data, kind, container) => {
    expect(sniffSignature(data)).toEqual({ kind, container });
  });

  it.each([
    ["HTML", bytes("<!doctype html><html>")],
    ["JSON", bytes('{"a":1}')],
    ["empty", new Uint8Array(0)],
    ["RIFF of another form", bytes("RIFF", [0, 0, 0, 0], "CDDA")],
  ])("%s is not media", (_name, data) => {
    expect(sniffSignature(data)).toBeNull();
  });
});

describe("detectFormat precedence", () => {
  const webm = fixture("clip.webm");
  const unknown = bytes("????????????");

  it("Content-Type first", () => {
    expect(detectFormat("audio/webm", webm, "https://x/a.webm")?.kind).toBe("audio");
  });
  it("then the signature, with a wrong or missing type", () => {
    expect(detectFormat("text/plain", fixture("image.png"), "https://x/a")).toEqual({ kind: "image", container: "png" });
    expect(detectFormat(undefined, webm, "https://x/a")).toEqual({ kind: "video", container: "matroska" });
  });
  it("then the extension, only when the type is absent or generic", () => {
    expect(detectFormat("application/octet-stream", unknown, "https://x/a.MP4?sig=1")?.kind).toBe("video");
    expect(detectFormat(undefined, unknown, "https://x/voice.wav")?.kind).toBe("audio");
    expect(detectFormat("text/html", unknown, "https://x/a.mp4")).toBeNull();
  });
  it("trusts an image signature over a type that says otherwise, and the reverse", () => {
    // A PNG named .mp4 is served as video/mp4 by hosts that type files by name.
    expect(detectFormat("video/mp4", fixture("image.png"), "https://x/character.mp4")).toEqual({ kind: "image", container: "png" });
    expect(detectFormat("image/png", fixture("moov-start.mp4"), "https://x/still.png")).toEqual({ kind: "video", container: "isobmff" });
  });
  it("keeps the signature's container when the type says another", () => {
    expect(detectFormat("video/mp4", webm, "https://x/a.mp4")).toEqual({ kind: "video", container: "matroska" });
  });
  it("reads extensions from the path only", () => {
    expect(formatFromExtension("https://x/download?file=a.png")).toBeNull();
    expect(formatFromExtension("https://x/a.jpeg")).toEqual({ kind: "image", container: "jpeg" });
  });
});

/** An in-memory random-access source, counting the bytes read past the head. */
function memorySource(data: Uint8Array, headBytes = 64): ByteSource & { readBytes: () => number } {
  let read = 0;
  return {
    head: data.subarray(0, headBytes),
    totalBytes: data.length,
    contentType: undefined,
    read: async (offset, length) => {
      const out = data.subarray(offset, Math.min(offset + length, data.length));
      read += out.length;
      return out;
    },
    measure: async () => data.length,
    setLimit: () => undefined,
    close: async () => undefined,
    readBytes: () => read,
  };
}

function boxes(data: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out = new Map<string, Uint8Array>();
  for (let at = 0; at + 8 <= data.length; ) {
    const size = view.getUint32(at);
    out.set(String.fromCharCode(...data.subarray(at + 4, at + 8)), data.subarray(at, at + size));
    at += size;
  }
  return out;
}

describe("MP4 / MOV duration", () => {
  it("parses mvhd from a moov box, with a synthetic ftyp when the file has none", () => {
    expect(durationFromMoov(boxes(fixture("clip.mov")).get("moov")!, null)).toBeCloseTo(2.52, 3);
  });

  it("skips an mdat with a 64-bit size and reads only the boxes it needs", async () => {
    const parts = boxes(fixture("moov-end.mp4"));
    const payload = parts.get("mdat")!.subarray(8);
    const mdat = new Uint8Array(16 + payload.length);
    const view = new DataView(mdat.buffer);
    view.setUint32(0, 1);
    mdat.set(bytes("mdat"), 4);
    view.setBigUint64(8, BigInt(mdat.length));
    mdat.set(payload, 16);
    const file = new Uint8Array([...parts.get("ftyp")!, ...mdat, ...parts.get("moov")!]);

    const source = memorySource(file);
    expect(await readIsoBmffDuration(source)).toBeCloseTo(3.0, 3);
    expect(source.readBytes()).toBeLessThan(parts.get("moov")!.length + 200);
  });

  it("returns null when there is no moov", async () => {
    const parts = boxes(fixture("moov-end.mp4"));
    const file = new Uint8Array([...parts.get("ftyp")!, ...parts.get("mdat")!]);
    expect(await readIsoBmffDuration(memorySource(file))).toBeNull();
  });
});
