import { notFound, redirect } from "next/navigation";
import { sessionActor } from "@/lib/auth/actor";
import { getProject } from "@/lib/projects/projects";
import { AppError } from "@/lib/http/errors";

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await sessionActor();
  if (!actor) redirect("/signin");
  const { id } = await params;
  const project = await getProject(actor, id).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  });
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">{project.name}</h1>
        <p className="mt-1 text-sm text-muted">Gallery of this project&apos;s generations.</p>
      </header>
      <div className="rounded-xl border border-dashed border-border p-10 text-center text-sm text-muted">No generations yet.</div>
    </div>
  );
}
