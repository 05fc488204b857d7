"use client";

// Beside "Price unknown": admins get a link to set the price in place; everyone else learns who can.
import Link from "next/link";
import { Tag } from "lucide-react";
import { buttonClassName } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { MissingPriceJson as MissingPrice } from "@/lib/contracts/estimate";

/** ["Ann"] → "Ann"; ["Ann", "Bo", "Cy"] → "Ann, Bo or Cy"; [] → "an admin or owner". */
export function whoCanSetPrice(names: readonly string[]): string {
  if (names.length === 0) return "an admin or owner";
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

export function MissingPriceNote({ missing, budgetApplies, currency }: { missing: MissingPrice; budgetApplies: boolean; currency: string }) {
  const refusal = budgetApplies ? " A budget applies, so generating is refused until the price is set." : " The billed seconds still count.";
  return (
    <div className={cn("flex flex-col gap-2 text-xs leading-5", budgetApplies ? "text-danger" : "text-muted")} data-testid="missing-price">
      <p>
        No {currency} price is set for {missing.description}.{refusal}
        {missing.canSet ? null : ` Ask ${whoCanSetPrice(missing.setBy)} to set it.`}
      </p>
      {missing.canSet ? (
        <Link href={missing.settingsUrl} className={buttonClassName({ variant: "outline", size: "sm", className: "self-start" })} data-testid="set-price">
          <Tag aria-hidden />
          Set a price
        </Link>
      ) : null}
    </div>
  );
}
