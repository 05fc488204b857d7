import { describe, expect, it } from "vitest";
import { StorageError } from "@/lib/adapters/storage/errors";
import { assertValidKey, assertValidPrefix, attachmentDisposition, contentTypeForKey, isValidKey, videoObjectKey } from "@/lib/adapters/storage/keys";

describe("assertValidKey", () => {
  it.each(["videos/team_1/gen-1.mp4", "a", "a/b/c/d.e.f", "videos/cku3p0xyz0000abc/cku3p0xyz0001def.mp4", "UPPER/case-and_under.score"])(
    "accepts %j",
    (key) => {
      expect(() => assertValidKey(key)).not.toThrow();
      expect(isValidKey(key)).toBe(true);
    },
  );

  it.each([
    ["", "empty"],
    ["/etc/passwd", "absolute"],
    ["C:/windows", "drive letter"],
    ["../secret", "parent segment"],
    ["videos/../../secret", "parent segment inside"],
    ["videos/./a.mp4", "dot segment"],
    ["videos//a.mp4", "empty segment"],
    ["videos/", "trailing slash"],
    ["videos\\a.mp4", "backslash"],
    ["videos/.hidden", "leading dot (temp files)"],
    ["videos/a.mp4.meta.json", "reserved sidecar suffix"],
    ["videos/a b.mp4", "space"],
    ["videos/ä.mp4", "non-ASCII"],
    ["videos/a%2e.mp4", "percent"],
    ["videos/a\u0000.mp4", "NUL"],
    ["x".repeat(1025), "too long"],
  ])("rejects %j (%s)", (key) => {
    expect(() => assertValidKey(key)).toThrow(StorageError);
    expect(isValidKey(key)).toBe(false);
  });

  it("reports a clean user message", () => {
    try {
      assertValidKey("../x");
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(StorageError);
      expect((err as StorageError).code).toBe("invalid_key");
      expect((err as StorageError).userMessage).toBe("The storage key is not valid.");
    }
  });
});

describe("assertValidPrefix", () => {
  it.each(["", "videos/", "videos", "videos/te", "videos/team1/gen", "videos/team1/gen."])("accepts %j", (prefix) => {
    expect(() => assertValidPrefix(prefix)).not.toThrow();
  });
  it.each(["../", "/videos", "videos/../", "videos//", ".", "videos/.x"])("rejects %j", (prefix) => {
    expect(() => assertValidPrefix(prefix)).toThrow(StorageError);
  });
});

describe("videoObjectKey", () => {
  it("is deterministic per team and generation", () => {
    expect(videoObjectKey("team1", "gen42")).toBe("videos/team1/gen42.mp4");
    expect(videoObjectKey("team1", "gen42")).toBe(videoObjectKey("team1", "gen42"));
  });
  it.each([
    ["../t", "g"],
    ["t", "../g"],
    ["t/x", ""],
  ])("refuses unsafe ids %j/%j", (team, gen) => {
    expect(() => videoObjectKey(team, gen)).toThrow(StorageError);
  });
});

describe("contentTypeForKey", () => {
  it.each([
    ["a/b.mp4", "video/mp4"],
    ["a/b.MP4", "video/mp4"],
    ["a/b.mov", "video/quicktime"],
    ["a/b.png", "image/png"],
    ["a/b.jpeg", "image/jpeg"],
    ["a/b.wav", "audio/wav"],
    ["a/b.bin", "application/octet-stream"],
    ["a/noext", "application/octet-stream"],
  ])("%s → %s", (key, type) => {
    expect(contentTypeForKey(key)).toBe(type);
  });
});

describe("attachmentDisposition", () => {
  it.each([
    ["clip.mp4", `attachment; filename="clip.mp4"; filename*=UTF-8''clip.mp4`],
    ["my clip.mp4", `attachment; filename="my clip.mp4"; filename*=UTF-8''my%20clip.mp4`],
    ['say "hi".mp4', `attachment; filename="say _hi_.mp4"; filename*=UTF-8''say%20%22hi%22.mp4`],
    ["café.mp4", `attachment; filename="caf_.mp4"; filename*=UTF-8''caf%C3%A9.mp4`],
    ["a\r\nSet-Cookie: x.mp4", `attachment; filename="aSet-Cookie: x.mp4"; filename*=UTF-8''aSet-Cookie%3A%20x.mp4`],
    ["../../etc.mp4", `attachment; filename="....etc.mp4"; filename*=UTF-8''....etc.mp4`],
    ["", `attachment; filename="download"; filename*=UTF-8''download`],
  ])("%j", (name, header) => {
    expect(attachmentDisposition(name)).toBe(header);
  });
});
