import { describe, expect, it } from "vitest";
import { urlProblem } from "@/lib/rules/models/url-safety";
import { issuesAt, validBody, validate } from "./fixtures";

const PUBLIC = [
  "https://cdn.example.com/a.png",
  "http://example.com/a.mp4",
  "https://8.8.8.8/a.png",
  "https://[2001:4860:4860::8888]/a.png",
  "https://localhost.example.com/a.png",
];

const PRIVATE = [
  ["http://localhost/a.png", "localhost"],
  ["http://LOCALHOST:3000/a.png", "localhost"],
  ["http://app.localhost/a.png", "localhost"],
  ["http://127.0.0.1/a.png", "loopback"],
  ["http://127.1.2.3/a.png", "loopback"],
  ["http://2130706433/a.png", "loopback"],
  ["http://0x7f000001/a.png", "loopback"],
  ["http://[::1]/a.png", "loopback"],
  ["http://[::ffff:127.0.0.1]/a.png", "loopback"],
  ["http://10.0.0.5/a.png", "private"],
  ["http://172.16.3.4/a.png", "private"],
  ["http://192.168.1.10/a.png", "private"],
  ["http://100.64.0.1/a.png", "private"],
  ["http://169.254.169.254/latest/meta-data", "link-local"],
  ["http://[fe80::1]/a.png", "link-local"],
  ["http://[fd00::1]/a.png", "unique-local"],
  ["http://0.0.0.0/a.png", "unspecified"],
  ["http://[::]/a.png", "unspecified"],
] as const;

describe("urlProblem", () => {
  it.each(PUBLIC)("allows %s", (url) => {
    expect(urlProblem("audioUrl", url)).toBeNull();
  });

  it.each(PRIVATE)("refuses %s (%s)", (url, kind) => {
    const problem = urlProblem("references.0.url", url);
    expect(problem).toMatch(/^references\.0\.url points at /);
    expect(problem).toContain(kind);
  });

  it.each(PRIVATE)("allows %s with allowPrivateUrls", (url) => {
    expect(urlProblem("audioUrl", url, true)).toBeNull();
  });

  it.each(["ftp://example.com/a.png", "file:///etc/passwd", "data:image/png;base64,AAAA", "javascript:alert(1)"])(
    "refuses the scheme of %s even with allowPrivateUrls",
    (url) => {
      expect(urlProblem("audioUrl", url)).toMatch(/^audioUrl must be an http or https URL/);
      expect(urlProblem("audioUrl", url, true)).toMatch(/^audioUrl must be an http or https URL/);
    },
  );

  it.each(["not a url", "/relative/path.png", "https://"])("refuses unparseable %j", (url) => {
    expect(urlProblem("audioUrl", url)).toBe("audioUrl is not a valid URL; give a public http(s) address");
  });
});

describe("URL rules in validateGeneration", () => {
  const fields = [
    ["wan2.6-t2v", (url: string) => ({ audioUrl: url }), "audioUrl", "Audio track"],
    ["wan2.6-r2v", (url: string) => ({ references: [{ url, type: "video" }] }), "references.0.url", "Reference 1's URL"],
    [
      "wan2.7-r2v",
      (url: string) => ({ references: [{ url: "https://cdn.example.com/a.mp4", type: "video", voiceUrl: url }] }),
      "references.0.voiceUrl",
      "Reference 1's voice sample",
    ],
  ] as const;

  it.each(fields)("%s refuses a loopback URL at the right path", (model, fieldsFor, path, label) => {
    const result = validate({ ...validBody(model), ...fieldsFor("http://127.0.0.1:9000/file.mp3") });
    expect(issuesAt(result.issues, path)[0]).toContain(`${label} points at a loopback address (127.0.0.1)`);
  });

  it.each(fields)("%s accepts a loopback URL with allowPrivateUrls", (model, fieldsFor) => {
    const result = validate({ ...validBody(model), ...fieldsFor("http://127.0.0.1:9000/file.mp3") }, { allowPrivateUrls: true });
    expect(result.issues).toEqual([]);
  });

  it.each(fields)("%s refuses a non-http scheme", (model, fieldsFor, path, label) => {
    const result = validate({ ...validBody(model), ...fieldsFor("ftp://example.com/file.mp3") }, { allowPrivateUrls: true });
    expect(issuesAt(result.issues, path)[0]).toContain(`${label} must be an http or https URL`);
  });
});
