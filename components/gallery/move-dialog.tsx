"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { useGalleryData } from "./gallery-context";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";
import { useMoveGeneration } from "./use-generation-actions";

export function MoveDialog({ g, open, onOpenChange }: { g: GenerationItem; open: boolean; onOpenChange: (open: boolean) => void }) {
  const { projects, projectById } = useGalleryData();
  const targets = projects.filter((p) => p.id !== g.projectId && !p.archived);
  const [projectId, setProjectId] = useState("");
  const move = useMoveGeneration();
  const current = projectById.get(g.projectId)?.name;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const target = projectById.get(projectId);
    if (!target) return;
    await move.mutateAsync({ g, projectId: target.id, projectName: target.name }).then(
      () => onOpenChange(false),
      () => undefined,
    );
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent size="sm">
        <form onSubmit={submit} className="flex min-h-0 flex-col">
          <DialogHeader>
            <DialogTitle>Move to another project</DialogTitle>
            <DialogDescription>{current ? `Now in ${current}. ` : ""}The video, its cost and its history move with it.</DialogDescription>
          </DialogHeader>
          <DialogBody>
            {targets.length === 0 ? (
              <p className="text-sm text-muted">There is no other active project. Create one on the Projects page first.</p>
            ) : (
              <Field label="Project">
                <Select
                  value={projectId}
                  onValueChange={setProjectId}
                  placeholder="Choose a project"
                  options={targets.map((p) => ({ value: p.id, label: p.name }))}
                />
              </Field>
            )}
          </DialogBody>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">Cancel</Button>
            </DialogClose>
            <Button type="submit" disabled={!projectId} loading={move.isPending}>
              Move
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
