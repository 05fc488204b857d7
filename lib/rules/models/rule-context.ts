// Shared plumbing for the catalog rules: what they read and where they report.
import type { GenerationRequest, Issue, ProbedMedia, ReferenceType } from "@/lib/rules/models/types";

/** A request whose fields are each either well-typed or absent (broken ones are dropped). */
export type CatalogInput = Partial<GenerationRequest>;

export interface RuleOptions {
  probes?: Record<string, ProbedMedia>;
  allowPrivateUrls?: boolean;
}

export interface RuleOutcome {
  issues: Issue[];
  warnings: Issue[];
  /** Each reference's type: as declared, else as probed; undefined when neither is known. */
  referenceTypes: (ReferenceType | undefined)[];
}

export class RuleReport implements RuleOutcome {
  issues: Issue[] = [];
  warnings: Issue[] = [];
  referenceTypes: (ReferenceType | undefined)[] = [];

  constructor(
    readonly options: RuleOptions,
    /** Top-level fields that failed the structural schema: rules about them are skipped. */
    readonly broken: ReadonlySet<string> = new Set(),
  ) {}

  issue(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  warn(path: string, message: string): void {
    this.warnings.push({ path, message });
  }

  probe(url: string): ProbedMedia | undefined {
    return this.options.probes?.[url];
  }
}
