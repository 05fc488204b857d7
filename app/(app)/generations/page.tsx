import Link from "next/link";
import { redirect } from "next/navigation";
import { Sparkles } from "lucide-react";
import { buttonClassName } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Gallery } from "@/components/gallery/gallery";
import { filtersToApiQuery, parseFilters } from "@/components/gallery/filters";
import { PAGE_SIZE } from "@/components/gallery/api";
import { firstPage, galleryData } from "@/lib/services/generations/gallery-data";
import { sessionActor } from "@/lib/platform/auth/actor";
import { can } from "@/lib/rules/permissions";

export const metadata = { title: "All videos" };

export default async function AllGenerationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await sessionActor();
  if (!actor) redirect("/signin");
  const query = filtersToApiQuery(parseFilters(await searchParams));
  const [data, page] = await Promise.all([galleryData(actor), firstPage(actor, query, PAGE_SIZE)]);
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
