"use client";

import { useState, type FormEvent } from "react";
import { ApiError } from "@/components/app/api-client";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";
import { useEditGeneration } from "./use-generation-actions";

/** Changes a queued generation's prompt (PATCH): validated, estimated and budget-checked again before it is sent. */
export function EditPromptDialog({ g, open, onOpenChange }: { g: GenerationItem; open: boolean; onOpenChange: (open: boolean) => void }) {
  const [prompt, setPrompt] = useState(g.prompt);
  const edit = useEditGeneration();
  const issue = edit.error instanceof ApiError ? edit.error.issues.find((i) => i.path === "prompt") : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    await edit.mutateAsync({ g, prompt }).then(
      () => onOpenChange(false),
      () => undefined,
    );
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent size="md">
        <form onSubmit={submit} className="flex min-h-0 flex-col">
          <DialogHeader>
            <DialogTitle>Edit the prompt</DialogTitle>
            <DialogDescription>
              Until it is sent to the provider, the new prompt is checked and estimated again. To change other settings, use the API (PATCH) or cancel it and
              copy its settings into a new one.
            </DialogDescription>
          </DialogHeader>
          <DialogBody>
            <Field label="Prompt" error={issue?.message} required>
              <Textarea value={prompt} onChange={(e) => setPrompt(e.target.value)} rows={5} />
            </Field>
          </DialogBody>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">Cancel</Button>
            </DialogClose>
            <Button type="submit" disabled={prompt === g.prompt} loading={edit.isPending}>
              Save prompt
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
