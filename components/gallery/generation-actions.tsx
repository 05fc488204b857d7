"use client";

// Everything one can do with a generation: open, download, re-run, copy settings, move, share,
// delete. As one menu on a card, or as a toolbar (main actions as buttons) on the detail page.
import { useState } from "react";
import { Copy, Download, Ellipsis, ExternalLink, FolderInput, Pencil, RotateCcw, Share2, Trash2 } from "lucide-react";
import { AlertDialog } from "@/components/ui/alert-dialog";
import { Button, buttonClassName } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { downloadUrl } from "./api";
import { useGalleryData } from "./gallery-context";
import { MenuLinkItem } from "./menu-link-item";
import { EditPromptDialog } from "./edit-prompt-dialog";
import { MoveDialog } from "./move-dialog";
import { ShareDialog } from "./share-dialog";
import type { GenerationJson as GenerationItem } from "@/lib/contracts/generation";
import { PUBLIC_STATUS } from "@/lib/rules/generation-status";
import { canManage } from "./viewer";
import { CancelButton, isCancelable } from "./cancel-button";
import { useDeleteGeneration, useRerun } from "./use-generation-actions";

const shortPrompt = (prompt: string) => (prompt.length > 40 ? `${prompt.slice(0, 39)}…` : prompt);

/** Toolbar buttons shrink to the small size on phones so the row fits 375 px. */
const COMPACT_ON_PHONES = "max-sm:h-8 max-sm:px-2.5 max-sm:text-[13px]";

type DialogName = "edit" | "move" | "share" | "delete" | null;

export interface GenerationActionsProps {
  g: GenerationItem;
  layout?: "menu" | "toolbar";
  /** Called after a successful delete (the detail page leaves). */
  onDeleted?: (g: GenerationItem) => void;
  /** Where the menu's "Open" goes (the card's own link, which keeps a project's context). */
  openHref?: string;
}

export function GenerationActions({ g, layout = "menu", onDeleted, openHref = `/generations/${g.id}` }: GenerationActionsProps) {
  const { viewer } = useGalleryData();
  const [dialog, setDialog] = useState<DialogName>(null);
  const manage = canManage(viewer, g);
  const download = viewer.canDownload && Boolean(g.video);
  const toolbar = layout === "toolbar";
  const closeDialog = (open: boolean) => !open && setDialog(null);
  // In the toolbar the main actions are buttons; the menu holds the rest, if there is any.
  const hasMenu = !toolbar || viewer.canCreate || manage;

  return (
    <>
      {toolbar && (
        <div className="flex flex-wrap items-center gap-2">
          {download && (
            <a href={downloadUrl(g.id)} download className={buttonClassName({ variant: "outline", className: COMPACT_ON_PHONES })}>
              <Download aria-hidden /> Download
            </a>
          )}
          {manage && isCancelable(g) && <CancelButton g={g} size="md" className={COMPACT_ON_PHONES} />}
          {viewer.canCreate && <RerunButton g={g} />}
          {manage && g.video && (
            <Button variant="outline" onClick={() => setDialog("share")} className={COMPACT_ON_PHONES}>
              <Share2 aria-hidden /> Share
            </Button>
          )}
        </div>
      )}
      {hasMenu && (
        <DropdownMenu modal={false}>
          <DropdownMenuTrigger asChild>
            <Button
              variant={toolbar ? "outline" : "ghost"}
              size="icon"
              className={toolbar ? "max-sm:size-8" : undefined}
              aria-label={toolbar ? "More actions" : `Actions for “${shortPrompt(g.prompt)}”`}
              title="Actions"
            >
              <Ellipsis aria-hidden />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent>
            {!toolbar && (
              <MenuLinkItem href={openHref} icon={<ExternalLink />}>
                Open
              </MenuLinkItem>
            )}
            {!toolbar && download && (
              <MenuLinkItem href={downloadUrl(g.id)} icon={<Download />} download>
                Download
              </MenuLinkItem>
            )}
            {!toolbar && viewer.canCreate && <RerunMenuItem g={g} />}
            {viewer.canCreate && (
              <MenuLinkItem href={`/generate?from=${encodeURIComponent(g.id)}`} icon={<Copy />}>
                Copy settings
              </MenuLinkItem>
            )}
            {manage && <DropdownMenuSeparator />}
            {manage && g.status === PUBLIC_STATUS.queued && (
              <DropdownMenuItem icon={<Pencil />} onSelect={() => setDialog("edit")}>
                Edit prompt…
              </DropdownMenuItem>
            )}
            {manage && (
              <DropdownMenuItem icon={<FolderInput />} onSelect={() => setDialog("move")}>
                Move to project…
              </DropdownMenuItem>
            )}
            {manage && !toolbar && (
              <DropdownMenuItem icon={<Share2 />} disabled={!g.video} onSelect={() => setDialog("share")}>
                {g.video ? "Share link…" : "Share link (once archived)"}
              </DropdownMenuItem>
            )}
            {manage && (
              <DropdownMenuItem icon={<Trash2 />} tone="danger" onSelect={() => setDialog("delete")}>
                Delete…
              </DropdownMenuItem>
            )}
          </DropdownMenuContent>
        </DropdownMenu>
      )}
      {dialog === "move" && <MoveDialog g={g} open onOpenChange={closeDialog} />}
      {dialog === "edit" && <EditPromptDialog g={g} open onOpenChange={closeDialog} />}
      {dialog === "share" && <ShareDialog g={g} open onOpenChange={closeDialog} />}
      {dialog === "delete" && <DeleteConfirm g={g} onOpenChange={closeDialog} onDeleted={onDeleted} />}
    </>
  );
}

// The mutations live in small components mounted only when used, keeping each of a thousand
// cards light; a mutation still finishes (toast, caches) after its menu has closed.

function RerunButton({ g }: { g: GenerationItem }) {
  const rerun = useRerun();
  return (
    <Button variant="outline" loading={rerun.isPending} onClick={() => rerun.mutate(g)} className={COMPACT_ON_PHONES}>
      <RotateCcw aria-hidden /> Re-run
    </Button>
  );
}

function RerunMenuItem({ g }: { g: GenerationItem }) {
  const rerun = useRerun();
  return (
    <DropdownMenuItem icon={<RotateCcw />} disabled={rerun.isPending} onSelect={() => rerun.mutate(g)}>
      Re-run
    </DropdownMenuItem>
  );
}

function DeleteConfirm({ g, onOpenChange, onDeleted }: { g: GenerationItem; onOpenChange: (open: boolean) => void; onDeleted?: (g: GenerationItem) => void }) {
  const remove = useDeleteGeneration(onDeleted);
  return (
    <AlertDialog
      open
      onOpenChange={onOpenChange}
      title="Delete this generation?"
      description="The stored video file is removed from the archive too, and any share links stop working. This cannot be undone."
      confirmLabel="Delete"
      onConfirm={() => remove.mutateAsync(g).then(() => undefined)}
    />
  );
}
