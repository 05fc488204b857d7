import { describe, expect, it } from "vitest";
import { isJsonContentType } from "@/lib/platform/http/json-body";
import { crossOriginProblem, isStateChanging } from "@/lib/platform/http/same-origin";

describe("isJsonContentType", () => {
  it.each([
    ["application/json", true],
    ["application/json; charset=utf-8", true],
    ["Application/JSON; Charset=UTF-8", true],
    ['application/json; charset="utf-8"', true],
    ["application/json;charset=utf8", true],
    ["application/merge-patch+json", true],
    ["application/vnd.reelroom.v1+json; charset=utf-8", true],
    [null, false],
    ["", false],
    ["text/plain", false],
    ["text/plain;charset=UTF-8", false],
    ["application/x-www-form-urlencoded", false],
    ["multipart/form-data; boundary=x", false],
    ["text/json", false],
    ["application/jsonp", false],
    ["application/json; charset=iso-8859-1", false],
    ["application/+json", false],
  ])("%j → %s", (header, expected) => {
    expect(isJsonContentType(header)).toBe(expected);
  });
});

describe("crossOriginProblem", () => {
  const app = "https://reelroom.example.com";
  it.each([
    ["no Origin and no Sec-Fetch-Site (a script or CLI)", {}, false],
    ["the app's own origin", { origin: app }, false],
    ["the app's origin and same-origin fetch", { origin: app, "sec-fetch-site": "same-origin" }, false],
    ["only Sec-Fetch-Site: same-origin", { "sec-fetch-site": "same-origin" }, false],
    ["only Sec-Fetch-Site: none (typed by the user)", { "sec-fetch-site": "none" }, false],
    ["a foreign origin", { origin: "https://evil.example" }, true],
    ["a sibling subdomain", { origin: "https://evil.reelroom.example.com" }, true],
    ["the same host over http", { origin: "http://reelroom.example.com" }, true],
    ["the same host on another port", { origin: "https://reelroom.example.com:8443" }, true],
    ["Origin: null (sandboxed frame, data: URL)", { origin: "null" }, true],
    ["an empty Origin", { origin: "" }, true],
    ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }, true],
    ["Sec-Fetch-Site: same-site", { "sec-fetch-site": "same-site" }, true],
    ["the app's origin but Sec-Fetch-Site: cross-site", { origin: app, "sec-fetch-site": "cross-site" }, true],
  ])("%s → refused %s", (_label, headers, refused) => {
    const problem = crossOriginProblem(new Headers(headers as Record<string, string>), app);
    if (refused) expect(problem).toBe(`Changes must be made from the app itself (${app}); this request came from another site.`);
    else expect(problem).toBeNull();
  });
});

describe("isStateChanging", () => {
  it.each([
    ["GET", false],
    ["HEAD", false],
    ["OPTIONS", false],
    ["POST", true],
    ["PUT", true],
    ["PATCH", true],
    ["DELETE", true],
    ["post", true],
  ])("%s → %s", (method, expected) => expect(isStateChanging(method)).toBe(expected));
});
