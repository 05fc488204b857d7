import { defineConfig } from "@playwright/test";
export default defineConfig({
  testDir: ".",
  outputDir: "/tmp/gallery-perf/out",
  use: { baseURL: "http://127.0.0.1:3223", launchOptions: { executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] } },
});
