"use client";

import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { GROUP_BYS, GROUP_LABELS } from "@/lib/contracts/usage-vocabulary";

/** Downloads GET /api/v1/usage.csv for the shown range, grouped as chosen. */
export function CsvMenu({ from, to }: { from: string; to: string }) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline">
          <Download aria-hidden />
          Export CSV
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel>One row per</DropdownMenuLabel>
        {GROUP_BYS.map((g) => (
          <DropdownMenuItem key={g} asChild>
            <a href={`/api/v1/usage.csv?from=${from}&to=${to}&groupBy=${g}`} download>
              {GROUP_LABELS[g].toLowerCase()}
            </a>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
