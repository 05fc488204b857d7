import "server-only";
import type { Region } from "@/lib/rules/models/types";

/** Official DashScope base URLs (…/api/v1) per region. */
export const OFFICIAL_BASE_URLS: Readonly<Record<Region, string>> = {
  singapore: "https://dashscope-intl.aliyuncs.com/api/v1",
  virginia: "https://dashscope-us.aliyuncs.com/api/v1",
  beijing: "https://dashscope.aliyuncs.com/api/v1",
};

/**
 * The base URL for a region. An override may contain `{region}`, replaced by the region name,
 * so a single simulator can serve every region (`http://127.0.0.1:4010/{region}/api/v1`).
 */
export function baseUrlFor(region: Region, override?: string): string {
  const chosen = override && override.trim() !== "" ? override.trim() : OFFICIAL_BASE_URLS[region];
  return chosen.replaceAll("{region}", region).replace(/\/+$/, "");
}
