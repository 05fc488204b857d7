import { notFound, redirect } from "next/navigation";
import { GenerationDetail } from "@/components/gallery/detail/generation-detail";
import { galleryData, generationForPage } from "@/components/gallery/server-data";
import { sessionActor, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/http/errors";
import { getModel } from "@/lib/models/catalog";

type Props = { params: Promise<{ id: string }> };

async function load(actor: Actor, id: string) {
  try {
    return await generationForPage(actor, id);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: Props) {
  const actor = await sessionActor();
  const g = actor ? await generationForPage(actor, (await params).id).catch(() => null) : null;
  return { title: g ? (getModel(g.model)?.label ?? g.model) : "Generation" };
}

export default async function GenerationPage({ params }: Props) {
  const actor = await sessionActor();
  if (!actor) redirect("/signin");
  const { id } = await params;
  const [generation, data] = await Promise.all([load(actor, id), galleryData(actor)]);
  return <GenerationDetail data={data} initial={generation} />;
}
