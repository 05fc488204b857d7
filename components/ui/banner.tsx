import type { ComponentProps, ComponentType, ReactNode } from "react";
import { CircleAlert, CircleCheck, Info, TriangleAlert, X, type LucideProps } from "lucide-react";
import { cn } from "./cn";

export const BANNER_TONES = {
  info: { box: "border-info/25 bg-info/8", icon: "text-info", Icon: Info },
  success: { box: "border-success/25 bg-success/8", icon: "text-success", Icon: CircleCheck },
  warning: { box: "border-warning/30 bg-warning/10", icon: "text-warning", Icon: TriangleAlert },
  danger: { box: "border-danger/25 bg-danger/8", icon: "text-danger", Icon: CircleAlert },
} satisfies Record<string, { box: string; icon: string; Icon: ComponentType<LucideProps> }>;

export type BannerTone = keyof typeof BANNER_TONES;

export interface BannerProps extends Omit<ComponentProps<"div">, "title"> {
  tone?: BannerTone;
  title?: ReactNode;
  /** Buttons or links on the right (below the text on phones). */
  action?: ReactNode;
  /** Shows a close button; the caller decides what dismissing means (and remembers it). */
  onDismiss?: () => void;
  /** Replace the tone's icon, or pass null for none. */
  icon?: ReactNode | null;
}

/**
 * A callout for page-level conditions, e.g. "Simulator — no real videos are generated" or
 * "80% of this month's budget is used". Danger banners are announced as alerts.
 */
export function Banner({ tone = "info", title, action, onDismiss, icon, className, children, role, ...props }: BannerProps) {
  const style = BANNER_TONES[tone];
  const iconNode = icon === undefined ? <style.Icon className={cn("size-4", style.icon)} /> : icon;
  return (
    <div
      role={role ?? (tone === "danger" ? "alert" : "status")}
      className={cn("flex flex-col gap-3 rounded-lg border px-3.5 py-3 text-sm sm:flex-row sm:items-center", style.box, className)}
      {...props}
    >
      <div className="flex min-w-0 flex-1 items-start gap-2.5">
        {iconNode ? (
          <span aria-hidden="true" className={cn("mt-0.5 flex shrink-0", style.icon)}>
            {iconNode}
          </span>
        ) : null}
        <div className="min-w-0 flex-1 leading-5">
          {title ? <p className="font-medium text-text">{title}</p> : null}
          {children ? <div className={cn(title ? "mt-0.5 text-muted" : "text-text")}>{children}</div> : null}
        </div>
      </div>
      {action || onDismiss ? (
        <div className="flex shrink-0 items-center gap-2 pl-6.5 sm:pl-0">
          {action}
          {onDismiss ? (
            <button
              type="button"
              onClick={onDismiss}
              aria-label="Dismiss"
              className="inline-flex size-7 items-center justify-center rounded-md text-muted transition-colors hover:bg-surface-2 hover:text-text"
            >
              <X aria-hidden="true" className="size-4" />
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
