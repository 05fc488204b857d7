// Public, signed-out page of a share link: the video, its prompt, model and date, and the team's
// name; nothing else. A forged, revoked or expired link renders not-found.tsx (404).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SharedPlayer } from "@/components/gallery/shared-player";
import { SharedVideoFrame } from "@/components/gallery/shared-video-frame";
import { posterUrlOf } from "@/lib/services/generations/poster-response";
import { resolveShare } from "@/lib/services/generations/share";
import { AppError } from "@/lib/contracts/errors";
import { getModel } from "@/lib/rules/models/catalog";

export const metadata: Metadata = { title: "Shared video", robots: { index: false, follow: false }, referrer: "no-referrer" };

async function load(token: string) {
  try {
    return await resolveShare(token);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
}

export default async function SharePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const g = await load(token);
  const base = `/api/v1/shares/${encodeURIComponent(token)}`;
  const date = g.createdAt.toLocaleDateString("en", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });
  return (
    <SharedVideoFrame teamName={g.team.name}>
      <SharedPlayer videoUrl={`${base}/video`} posterUrl={posterUrlOf(g, base)} label={`Video: ${g.prompt.slice(0, 80)}`} />
      <div className="space-y-2">
        <p data-testid="shared-prompt" className="text-base leading-relaxed whitespace-pre-wrap sm:text-lg">
          {g.prompt}
        </p>
        <p className="text-sm text-muted">
          {getModel(g.model)?.label ?? g.model} · <time dateTime={g.createdAt.toISOString()}>{date}</time>
        </p>
      </div>
    </SharedVideoFrame>
  );
}
