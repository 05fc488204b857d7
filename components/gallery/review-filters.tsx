"use client";

// The review part of the filter bar: favourites only, review status and a tag.
import { Star } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Select } from "@/components/ui/select";
import { NOT_REVIEWED, REVIEW_LABELS, REVIEW_STATUSES } from "@/lib/rules/review";
import type { GalleryFilters } from "./filters";
import { useTeamTags } from "./use-review";

const ANY = "any";
const REVIEW_OPTIONS = [
  { value: ANY, label: "Any review" },
  ...REVIEW_STATUSES.map((s) => ({ value: s, label: REVIEW_LABELS[s] })),
  { value: NOT_REVIEWED, label: "Not reviewed" },
];

export function ReviewFilters({ filters, onChange }: { filters: GalleryFilters; onChange: (change: Partial<GalleryFilters>) => void }) {
  const tags = useTeamTags();
  const names = tags.data?.map((t) => t.name) ?? [];
  // A tag from the URL stays choosable even before (or without) the team's list.
  if (filters.tag && !names.includes(filters.tag)) names.unshift(filters.tag);
  return (
    <>
      <Button
        variant="outline"
        aria-pressed={filters.favourite}
        onClick={() => onChange({ favourite: !filters.favourite })}
        className={cn("justify-start! font-normal!", filters.favourite && "border-accent/50! bg-accent/10!")}
      >
        <Star aria-hidden className={cn("text-muted", filters.favourite && "fill-current text-warning")} />
        Favourites only
      </Button>
      <Select
        aria-label="Review"
        value={filters.review || ANY}
        onValueChange={(value) => onChange({ review: value === ANY ? "" : (value as GalleryFilters["review"]) })}
        options={REVIEW_OPTIONS}
        className="sm:w-44"
      />
      <Select
        aria-label="Tag"
        value={filters.tag || ANY}
        onValueChange={(value) => onChange({ tag: value === ANY ? "" : value })}
        options={[{ value: ANY, label: "Any tag" }, ...names.map((name) => ({ value: name, label: name }))]}
        className="col-span-2 sm:col-span-1 sm:w-40"
      />
    </>
  );
}
