import { describe, expect, it } from "vitest";
import { storageConfigFromEnv, DEFAULT_LOCAL_ROOT } from "@/lib/adapters/storage/config";

const S3_ENV = {
  STORAGE_DRIVER: "s3",
  S3_BUCKET: "videos",
  S3_ENDPOINT: "https://oss-ap-southeast-1.aliyuncs.com",
  S3_REGION: "ap-southeast-1",
  S3_ACCESS_KEY_ID: "id",
  S3_SECRET_ACCESS_KEY: "secret",
  S3_FORCE_PATH_STYLE: "false",
};

describe("storageConfigFromEnv", () => {
  it("defaults to local storage under data/", () => {
    expect(storageConfigFromEnv({})).toEqual({ driver: "local", root: DEFAULT_LOCAL_ROOT });
    expect(DEFAULT_LOCAL_ROOT).toBe("data/storage");
  });

  it("honours STORAGE_ROOT", () => {
    expect(storageConfigFromEnv({ STORAGE_DRIVER: "local", STORAGE_ROOT: "/srv/videos" })).toEqual({
      driver: "local",
      root: "/srv/videos",
    });
  });

  it("reads every S3 setting", () => {
    expect(storageConfigFromEnv(S3_ENV)).toEqual({
      driver: "s3",
      bucket: "videos",
      endpoint: "https://oss-ap-southeast-1.aliyuncs.com",
      region: "ap-southeast-1",
      accessKeyId: "id",
      secretAccessKey: "secret",
      forcePathStyle: false,
    });
  });

  it.each([
    ["true", true],
    ["1", true],
    ["yes", true],
    ["false", false],
    ["0", false],
    ["", false],
  ])("S3_FORCE_PATH_STYLE=%j → %s", (value, expected) => {
    const config = storageConfigFromEnv({ ...S3_ENV, S3_FORCE_PATH_STYLE: value });
    expect(config.driver === "s3" && config.forcePathStyle).toBe(expected);
  });

  it("endpoint and region are optional (AWS S3)", () => {
    const config = storageConfigFromEnv({ ...S3_ENV, S3_ENDPOINT: undefined, S3_REGION: "" });
    expect(config).toMatchObject({ driver: "s3", endpoint: undefined, region: "us-east-1" });
  });

  it.each([
    [{ S3_BUCKET: "" }, /S3_BUCKET/],
    [{ S3_ACCESS_KEY_ID: undefined }, /S3_ACCESS_KEY_ID/],
    [{ S3_SECRET_ACCESS_KEY: " " }, /S3_SECRET_ACCESS_KEY/],
    [{ S3_ENDPOINT: "not a url" }, /S3_ENDPOINT/],
    [{ STORAGE_DRIVER: "ftp" }, /STORAGE_DRIVER/],
  ])("refuses %j", (override, message) => {
    expect(() => storageConfigFromEnv({ ...S3_ENV, ...override })).toThrow(message);
  });
});
