import { authed } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { createUpload } from "@/lib/uploads/uploads";

// Body: the raw file; Content-Type: its media type; ?name=original-file-name.
export const POST = authed({ action: "upload.create", write: true }, async ({ actor, req }) => json({ upload: await createUpload(actor, req) }, { status: 201 }));
