"use client";

// The filter bar: prompt search (debounced), status, model, creator, project (team-wide view)
// and a created-between date range. Every control is labeled; the values live in the URL.
import { ListFilter, Search, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { STATUS_APPEARANCE } from "@/components/ui/status-badge";
import { activeFilterCount, EMPTY_FILTERS, FILTER_STATUSES, type GalleryFilters } from "./filters";
import { useGalleryData } from "./gallery-context";
import { ReviewFilters } from "./review-filters";
import { useDebouncedInput } from "./use-gallery-filters";

const ALL = "all";

interface GalleryFilterBarProps {
  filters: GalleryFilters;
  onChange: (change: Partial<GalleryFilters>) => void;
  /** Team-wide view: filter by project too. */
  showProject: boolean;
}

export function GalleryFilterBar({ filters, onChange, showProject }: GalleryFilterBarProps) {
  const { models, members, projects } = useGalleryData();
  const [search, setSearch] = useDebouncedInput(filters.q, (q) => onChange({ q }));
  const active = activeFilterCount(filters, { includeProject: showProject });
  const choose = (key: "model" | "creator" | "project") => (value: string) => onChange({ [key]: value === ALL ? "" : value });

  return (
    <div role="search" aria-label="Filter generations" className="flex flex-col gap-2 lg:flex-row lg:flex-wrap lg:items-center">
      <Input
        type="search"
        aria-label="Search prompts"
        placeholder="Search prompts…"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        leading={<Search />}
        className="lg:w-80"
        maxLength={200}
      />
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-center">
        <StatusFilter selected={filters.status} onChange={(status) => onChange({ status })} />
        <Select
          aria-label="Model"
          value={filters.model || ALL}
          onValueChange={choose("model")}
          options={[{ value: ALL, label: "All models" }, ...models.map((m) => ({ value: m.id, label: m.label, description: m.id }))]}
          className="sm:w-48"
        />
        {members.length > 0 && (
          <Select
            aria-label="Creator"
            value={filters.creator || ALL}
            onValueChange={choose("creator")}
            options={[{ value: ALL, label: "Anyone" }, ...members.map((m) => ({ value: m.id, label: m.name }))]}
            className={cn("sm:w-40", !showProject && "col-span-2 sm:col-span-1")}
          />
        )}
        {showProject && (
          <Select
            aria-label="Project"
            value={filters.project || ALL}
            onValueChange={choose("project")}
            options={[{ value: ALL, label: "All projects" }, ...projects.map((p) => ({ value: p.id, label: p.archived ? `${p.name} (archived)` : p.name }))]}
            className="sm:w-44"
          />
        )}
        <ReviewFilters filters={filters} onChange={onChange} />
        <div className="col-span-2 grid grid-cols-2 gap-2 sm:flex sm:items-center">
          <DateFilter label="From" value={filters.from} max={filters.to || undefined} onChange={(from) => onChange({ from })} />
          <DateFilter label="To" value={filters.to} min={filters.from || undefined} onChange={(to) => onChange({ to })} />
        </div>
        {active > 0 && (
          <Button
            variant="ghost"
            onClick={() => onChange({ ...EMPTY_FILTERS, ...(showProject ? {} : { project: filters.project }) })}
            className="col-span-2 sm:col-span-1"
          >
            <X aria-hidden /> Clear filters
          </Button>
        )}
      </div>
    </div>
  );
}

function StatusFilter({ selected, onChange }: { selected: GalleryFilters["status"]; onChange: (status: GalleryFilters["status"]) => void }) {
  const toggle = (status: GalleryFilters["status"][number], on: boolean) => onChange(FILTER_STATUSES.filter((s) => (s === status ? on : selected.includes(s))));
  const summary = selected.length === 0 ? "Any" : selected.length === 1 ? STATUS_APPEARANCE[selected[0]].label : `${selected.length} selected`;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" className={cn("justify-start! font-normal! sm:w-44", selected.length > 0 && "border-accent/50!")}>
          <ListFilter aria-hidden className="text-muted" />
          <span className="truncate">
            <span className="text-muted">Status:</span> {summary}
          </span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start">
        <DropdownMenuLabel>Show generations that are</DropdownMenuLabel>
        {FILTER_STATUSES.map((status) => (
          <DropdownMenuCheckboxItem
            key={status}
            checked={selected.includes(status)}
            onCheckedChange={(on) => toggle(status, on === true)}
            onSelect={(e) => e.preventDefault()}
          >
            {STATUS_APPEARANCE[status].label}
          </DropdownMenuCheckboxItem>
        ))}
        {selected.length > 0 && (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={() => onChange([])}>Any status</DropdownMenuItem>
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

function DateFilter({ label, value, min, max, onChange }: { label: string; value: string; min?: string; max?: string; onChange: (value: string) => void }) {
  return (
    <label className="flex min-w-0 flex-col gap-1 text-[13px] text-muted sm:flex-row sm:items-center sm:gap-2">
      <span className="shrink-0">{label}</span>
      <Input type="date" value={value} min={min} max={max} onChange={(e) => onChange(e.target.value)} className="min-w-0 sm:w-38" />
    </label>
  );
}
