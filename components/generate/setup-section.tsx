"use client";

// Project, mode, region and model: what the rest of the form depends on.
import type { ReactNode } from "react";
import Link from "next/link";
import { Clapperboard, Images } from "lucide-react";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Badge } from "@/components/ui/badge";
import { regionCurrency } from "@/lib/rules/billing/money";
import type { ModelKind, Region } from "@/lib/rules/models/types";
import { ChoiceGroup } from "./choice-group";
import { NO_KEY_TEXT, REGION_LABELS, modelsOfKind, offeredIn, type PublicModel, type RegionalModel } from "./catalog-view";
import { issueText } from "./issue-text";

export interface RegionOption {
  region: Region;
  source: "team" | "instance" | "simulator" | null;
}

const SOURCE_LABELS = { team: "Team key", instance: "Instance key", simulator: "Simulator" } as const;

interface SetupSectionProps {
  projects: { id: string; name: string }[];
  projectId: string;
  onProject: (id: string) => void;
  mode: ModelKind;
  onMode: (mode: ModelKind) => void;
  regions: RegionOption[];
  region: Region;
  onRegion: (region: Region) => void;
  models: PublicModel[];
  model: RegionalModel | undefined;
  onModel: (id: string) => void;
  issuesAt: (location: string) => string[] | undefined;
}

function unavailableHint(regions: RegionOption[]): ReactNode {
  const missing = regions.filter((entry) => entry.source === null).map((entry) => REGION_LABELS[entry.region]);
  if (missing.length === 0) return undefined;
  return (
    <>
      {missing.join(", ")}: no provider key — an admin can add one in{" "}
      <Link href="/settings/keys" className="underline underline-offset-2 hover:text-text">
        Settings → Provider keys
      </Link>
      .
    </>
  );
}

export function SetupSection(props: SetupSectionProps) {
  const { model, region } = props;
  const modelOptions = modelsOfKind(props.models, props.mode).map((candidate) => {
    const offered = offeredIn(candidate, region);
    return {
      value: candidate.id,
      label: candidate.id,
      textValue: candidate.id,
      disabled: !offered,
      description: offered ? candidate.strengths.join(" · ") : `Not offered in ${REGION_LABELS[region]}`,
    };
  });
  return (
    <div className="grid gap-5">
      <ChoiceGroup
        label="Mode"
        name="mode"
        look="cards"
        value={props.mode}
        onChange={props.onMode}
        choices={[
          { value: "t2v", label: "Text to video", description: "Describe a scene; the model films it.", icon: <Clapperboard /> },
          { value: "r2v", label: "Reference to video", description: "Cast people and things from your images and clips.", icon: <Images /> },
        ]}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label="Project" error={issueText(props.issuesAt("projectId"))}>
          <Select
            value={props.projectId}
            onValueChange={props.onProject}
            options={props.projects.map((project) => ({ value: project.id, label: project.name }))}
          />
        </Field>
        <Field label="Region" error={issueText(props.issuesAt("region"))} hint={unavailableHint(props.regions)}>
          <Select
            value={region}
            onValueChange={(value) => props.onRegion(value as Region)}
            options={props.regions.map(({ region: value, source }) => ({
              value,
              label: REGION_LABELS[value],
              textValue: REGION_LABELS[value],
              disabled: source === null,
              description: source === null ? NO_KEY_TEXT : `${SOURCE_LABELS[source]} · bills in ${regionCurrency(value)}`,
            }))}
          />
        </Field>
      </div>
      <Field
        label="Model"
        error={issueText(props.issuesAt("model"))}
        hint={model?.regionNote ? `In ${REGION_LABELS[region]}: ${model.regionNote}.` : undefined}
      >
        <Select value={model?.id ?? ""} onValueChange={props.onModel} options={modelOptions} />
      </Field>
      {model ? (
        <ul aria-label={`${model.id} strengths`} className="-mt-2 flex flex-wrap gap-1.5">
          {model.strengths.map((strength) => (
            <li key={strength} className="min-w-0">
              <Badge tone="accent" size="sm" className="h-auto! min-h-5 whitespace-normal! py-0.5 leading-4">
                {strength}
              </Badge>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
