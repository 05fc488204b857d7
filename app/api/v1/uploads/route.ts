import { authed } from "@/lib/platform/http/handler";
import { json } from "@/lib/platform/http/json";
import { createUpload } from "@/lib/services/uploads/uploads";

// Body: the raw file; Content-Type: its media type; ?name=original-file-name.
export const POST = authed({ action: "upload.create", write: true }, async ({ actor, req }) =>
  json({ upload: await createUpload(actor, req) }, { status: 201 }),
);
