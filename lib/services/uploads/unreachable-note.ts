// What to tell someone whose uploads are served from an address the provider cannot reach. The
// built-in simulator runs next to the app and can read them; the real provider cannot.
import "server-only";

const FIX = "Set APP_URL to a public address of this app, or use S3-compatible storage (STORAGE_DRIVER=s3) so uploads get presigned public URLs.";

export function unreachableUploadNote(appUrl: string, simulator: boolean): string {
  const where = `Uploaded files are served from ${appUrl}, which the provider cannot reach from the internet.`;
  if (simulator) {
    return `${where} ${FIX} Until then only the built-in simulator can read them: demo generations work, but a region with a provider key will not be able to fetch them.`;
  }
  return `${where} ${FIX} Until then the provider cannot fetch them, so generations that use uploaded files will fail.`;
}
