// Server side of a generation's page, reached from All videos (/generations/:id) or from a
// project (/projects/:projectId/generations/:id): loads it, names the page by its prompt.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { galleryData, generationForPage } from "@/lib/services/generations/gallery-data";
import { generationHref, promptTitle } from "@/components/gallery/links";
import { sessionActor, type Actor } from "@/lib/platform/auth/actor";
import { AppError } from "@/lib/contracts/errors";
import { GenerationDetail } from "@/components/gallery/detail/generation-detail";

async function load(actor: Actor, id: string) {
  try {
    return await generationForPage(actor, id);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
}

export async function generationMetadata(id: string): Promise<Metadata> {
  const actor = await sessionActor();
  const g = actor ? await generationForPage(actor, id).catch(() => null) : null;
  return { title: g ? promptTitle(g.prompt, 60) : "Generation" };
}

export async function GenerationPage({ id, projectId }: { id: string; projectId?: string }) {
  const actor = await sessionActor();
  if (!actor) redirect("/signin");
  const [generation, data] = await Promise.all([load(actor, id), galleryData(actor)]);
  // Moved to another project since the link was made: follow it there.
  if (projectId && generation.projectId !== projectId) redirect(generationHref(generation, "project"));
  return <GenerationDetail data={data} initial={generation} context={projectId ? "project" : "all"} />;
}
