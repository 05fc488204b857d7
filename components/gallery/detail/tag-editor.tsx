"use client";

// The team's tags on one generation: chips (removable by members and above) and an input that
// suggests the team's existing tags. The whole set is saved on each change.
import { Plus, X } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { ApiError } from "@/components/app/api-client";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { normalizeTag, TAG_MAX_LENGTH, TAGS_PER_GENERATION, tagProblem } from "@/lib/rules/review";
import { useTags, useTeamTags } from "../use-review";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";

function problemOf(error: unknown): string | null {
  if (!error) return null;
  if (error instanceof ApiError) return error.issues.map((i) => i.message).find(Boolean) ?? error.message;
  return "Could not save the tags. Please try again.";
}

export function TagEditor({ g, canTag }: { g: GenerationItem; canTag: boolean }) {
  const tags = g.tags ?? [];
  const save = useTags(g);
  const suggestions = useTeamTags(canTag);
  const [draft, setDraft] = useState("");
  const [local, setLocal] = useState<string | null>(null);
  const ids = { label: useId(), list: useId(), error: useId() };
  const error = local ?? problemOf(save.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const tag = normalizeTag(draft);
    const problem = tags.includes(tag)
      ? null
      : (tagProblem(tag) ?? (tags.length >= TAGS_PER_GENERATION ? `At most ${TAGS_PER_GENERATION} tags per generation.` : null));
    setLocal(problem);
    if (problem) return;
    if (!tags.includes(tag)) save.mutate([...tags, tag], { onSuccess: () => setDraft("") });
    else setDraft("");
  };
  const remove = (tag: string) => {
    setLocal(null);
    save.mutate(tags.filter((t) => t !== tag));
  };

  return (
    <div className="space-y-2">
      <h3 id={ids.label} className="text-[13px] font-medium">
        Tags
      </h3>
      {tags.length > 0 ? (
        <ul aria-labelledby={ids.label} className="flex flex-wrap gap-1.5" data-testid="tag-list">
          {tags.map((tag) => (
            <li key={tag} className="inline-flex h-6 max-w-full items-center gap-0.5 rounded-full border border-border bg-surface-2 pl-2 text-xs text-text">
              <span className="truncate">{tag}</span>
              {canTag ? (
                <button
                  type="button"
                  aria-label={`Remove tag ${tag}`}
                  disabled={save.isPending}
                  onClick={() => remove(tag)}
                  className="inline-flex size-6 shrink-0 items-center justify-center rounded-full text-muted outline-none hover:text-text focus-visible:ring-2 focus-visible:ring-ring"
                >
                  <X aria-hidden className="size-3" />
                </button>
              ) : (
                <span className="w-2" />
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-[13px] text-muted">No tags yet.</p>
      )}
      {canTag && (
        <form onSubmit={submit} className="space-y-1">
          <div className="flex gap-2">
            <Input
              aria-label="Add a tag"
              placeholder="Add a tag…"
              list={ids.list}
              value={draft}
              maxLength={TAG_MAX_LENGTH * 2}
              onChange={(e) => {
                setDraft(e.target.value);
                setLocal(null);
              }}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? ids.error : undefined}
              className="min-w-0 flex-1"
            />
            <Button type="submit" variant="outline" loading={save.isPending} disabled={!draft.trim()}>
              <Plus aria-hidden /> Add
            </Button>
          </div>
          <datalist id={ids.list}>
            {suggestions.data
              ?.filter((t) => !tags.includes(t.name))
              .map((t) => (
                <option key={t.name} value={t.name} />
              ))}
          </datalist>
          {error && (
            <p id={ids.error} role="alert" className="text-xs text-danger">
              {error}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
