"use client";

// The generation form: model-aware fields, validation as you type (the API's own rules and
// messages), a live estimate, and a submit that can never create two videos from one click.
import { useCallback, useEffect, useMemo, useReducer, useState, type KeyboardEvent } from "react";
import { useRouter } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { toast } from "sonner";
import { api } from "@/components/app/api-client";
import { validateGeneration } from "@/lib/rules/models/validate";
import { regionalModel, type PublicModel } from "./catalog-view";
import { formReducer, type FormState, type SettableField } from "./form-state";
import { buildRequestBody } from "./request-body";
import { mergeIssues, placeIssues } from "./issue-placement";
import { describeReferences, promptNames } from "./reference-view";
import { useLiveEstimate } from "./use-estimate";
import { useSubmitGeneration, type CreatedGeneration } from "./use-submit-generation";
import { SetupSection, type RegionOption } from "./setup-section";
import { ReferencesSection } from "./references-section";
import { PromptField } from "./prompt-field";
import { OutputSection } from "./output-section";
import { MoreSettings } from "./more-settings";
import { SummaryPanel } from "./summary-panel";
import { MobileSubmitBar } from "./mobile-submit-bar";
import { FormSection } from "./form-section";
import type { SimulatorSamplesJson } from "@/lib/contracts/instance";
import { visibleLocations, issuesToShow, promptPlaceholder } from "./form-display";

export interface GenerateFormProps {
  models: PublicModel[];
  regions: RegionOption[];
  projects: { id: string; name: string }[];
  initialState: FormState;
  simulator: boolean;
  allowPrivateUrls: boolean;
}

export function GenerateForm({ models, regions, projects, initialState, simulator, allowPrivateUrls }: GenerateFormProps) {
  const router = useRouter();
  const reduce = useMemo(() => formReducer(models), [models]);
  const [state, dispatch] = useReducer(reduce, initialState);
  const [promptTouched, setPromptTouched] = useState(initialState.prompt !== "");
  const [leaving, setLeaving] = useState(false);
  const set = useCallback((patch: Partial<Pick<FormState, SettableField>>) => dispatch({ type: "set", patch }), []);

  const model = useMemo(() => {
    const found = models.find((candidate) => candidate.id === state.model);
    return found ? regionalModel(found, state.region) : undefined;
  }, [models, state.model, state.region]);
  const body = useMemo(() => buildRequestBody(state, model), [state, model]);
  const validation = useMemo(() => validateGeneration(body, { allowPrivateUrls }), [body, allowPrivateUrls]);
  const referencesNotReady = state.references.some((ref) => ref.uploading || ref.uploadError);
  // Asked even while a field is wrong: a refused estimate still carries what the valid parts cost.
  const live = useLiveEstimate(body, model !== undefined && !referencesNotReady);

  const samplesQuery = useQuery({
    queryKey: ["simulator-samples"],
    queryFn: () => api<SimulatorSamplesJson>("/api/v1/simulator/samples"),
    enabled: simulator,
    staleTime: Infinity,
  });
  const samples = samplesQuery.data?.samples ?? [];

  const onCreated = useCallback(
    (generation: CreatedGeneration) => {
      setLeaving(true);
      toast.success("Generation started", { description: `${generation.model} — it appears in the gallery as it renders.` });
      router.push(`/projects/${generation.projectId}`);
    },
    [router],
  );
  const submission = useSubmitGeneration(onCreated);
  const { clearProblems } = submission;
  const bodyKey = JSON.stringify(body);
  useEffect(() => clearProblems(), [bodyKey, clearProblems]);

  const allIssues = mergeIssues(validation.issues, live.issues, submission.issues);
  const shownIssues = issuesToShow(allIssues, { promptTouched, referenceCount: state.references.length });
  const placed = placeIssues(shownIssues, visibleLocations(model));
  const issuesAt = (location: string) => placed.at.get(location);
  const warnings = mergeIssues(validation.warnings, live.current ? live.answer?.warnings : undefined);

  const view = describeReferences(state.model, state.references, live.answer?.estimate ?? live.partial);
  const blockers = [
    ...new Set([...(referencesNotReady ? ["Wait for the uploads to finish (or remove a failed one)."] : []), ...allIssues.map((issue) => issue.message)]),
  ];
  const canSubmit = blockers.length === 0 && !submission.submitting && !leaving;

  function submit() {
    setPromptTouched(true);
    if (!canSubmit) return;
    void submission.submit(body);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <div className="grid items-start gap-6 pb-20 lg:grid-cols-[minmax(0,1fr)_20rem] lg:pb-0 xl:grid-cols-[minmax(0,1fr)_22rem]" onKeyDown={onKeyDown}>
      <div className="flex min-w-0 flex-col gap-4">
        <FormSection title="Setup">
          <SetupSection
            projects={projects}
            projectId={state.projectId}
            onProject={(projectId) => set({ projectId })}
            mode={state.mode}
            onMode={(mode) => dispatch({ type: "mode", mode, kinds: view.kinds })}
            regions={regions}
            region={state.region}
            onRegion={(region) => dispatch({ type: "region", region, kinds: view.kinds })}
            models={models}
            model={model}
            onModel={(id) => dispatch({ type: "model", model: id, kinds: view.kinds })}
            issuesAt={issuesAt}
          />
        </FormSection>
        {model?.references ? (
          <FormSection title="References" aside={`${state.references.length} of ${model.references.maxTotal}`}>
            <ReferencesSection
              model={model}
              references={state.references}
              names={view.names}
              kinds={view.kinds}
              costs={view.costs}
              dispatch={dispatch}
              issuesAt={issuesAt}
              samples={samples}
            />
          </FormSection>
        ) : null}
        {model ? (
          <>
            <FormSection>
              <PromptField
                value={state.prompt}
                onChange={(prompt) => {
                  setPromptTouched(true);
                  set({ prompt });
                }}
                maxChars={model.limits.promptMaxChars}
                names={model.references ? promptNames(view.names) : []}
                issues={issuesAt("prompt")}
                placeholder={promptPlaceholder(model)}
              />
            </FormSection>
            <FormSection title="Output">
              <OutputSection
                model={model}
                state={state}
                set={set}
                issuesAt={issuesAt}
                sampleTrackUrl={samples.find((sample) => sample.name === "track.mp3")?.url ?? null}
              />
            </FormSection>
            <MoreSettings key={model.id} model={model} state={state} set={set} issuesAt={issuesAt} />
          </>
        ) : null}
      </div>
      <aside aria-label="Cost and submit" className="flex flex-col gap-4 lg:sticky lg:top-6">
        <SummaryPanel
          live={live}
          estimatePlaceholder={validation.ok ? "Working out the cost…" : "The cost appears once the form is complete."}
          warnings={warnings}
          blockers={submission.submitting || leaving ? [] : blockers}
          busy={submission.submitting || leaving}
          problem={submission.problem}
          onSubmit={submit}
        />
      </aside>
      <MobileSubmitBar live={live} blocked={blockers.length > 0} busy={submission.submitting || leaving} onSubmit={submit} />
    </div>
  );
}
