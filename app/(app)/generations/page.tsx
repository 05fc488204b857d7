import Link from "next/link";
import { redirect } from "next/navigation";
import { Sparkles } from "lucide-react";
import { buttonClassName } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Gallery } from "@/components/gallery/gallery";
import { filtersToApiQuery, parseFilters } from "@/components/gallery/filters";
import { firstPage, galleryData } from "@/components/gallery/server-data";
import { sessionActor } from "@/lib/platform/auth/actor";
import { can } from "@/lib/platform/auth/permissions";

export const metadata = { title: "All videos" };

export default async function AllGenerationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await sessionActor();
  if (!actor) redirect("/signin");
  const query = filtersToApiQuery(parseFilters(await searchParams));
  const [data, page] = await Promise.all([galleryData(actor), firstPage(actor, query)]);
  return (
    <div>
      <PageHeader
        title="All videos"
        description={`Every generation in ${actor.teamName}, across projects, newest first.`}
        actions={
          can(actor.role, "generation.create") ? (
            <Link href="/generate" className={buttonClassName()}>
              <Sparkles aria-hidden /> New generation
            </Link>
          ) : null
        }
      />
      <Gallery data={data} initial={page ? { query, page } : null} />
    </div>
  );
}
