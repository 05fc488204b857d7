"use client";

// The notification settings: which events reach me by email, and (owners and admins) the team's
// Slack-compatible webhook. The webhook URL is a secret: the page only ever knows its origin.
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { Trash2 } from "lucide-react";
import { api, ApiError } from "@/components/app/api-client";
import { errorText, useAction } from "@/components/app/settings/client-utils";
import type { Json } from "@/lib/contracts/common";
import type { NotificationPreferences, TeamNotifications } from "@/lib/contracts/notification";
import { EVENT_LABELS, NOTIFICATION_EVENTS, TEAM_EVENT_LABELS, type NotificationEvent } from "@/lib/rules/notification-events";
import { AlertDialog } from "@/components/ui/alert-dialog";
import { Banner } from "@/components/ui/banner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";

type PreferencesView = Json<typeof NotificationPreferences>;
type SlackView = Json<typeof TeamNotifications>["slack"];

function EventSwitches({
  chosen,
  onChange,
  disabled,
  labels = EVENT_LABELS,
}: {
  chosen: NotificationEvent[];
  onChange: (next: NotificationEvent[]) => void;
  disabled?: boolean;
  labels?: typeof EVENT_LABELS;
}) {
  const toggle = (event: NotificationEvent, on: boolean) =>
    onChange(on ? NOTIFICATION_EVENTS.filter((e) => e === event || chosen.includes(e)) : chosen.filter((e) => e !== event));
  return (
    <div className="divide-y divide-border rounded-lg border border-border">
      {NOTIFICATION_EVENTS.map((event) => (
        <Switch
          key={event}
          className="px-4 py-3"
          label={labels[event].label}
          description={labels[event].description}
          checked={chosen.includes(event)}
          onCheckedChange={(on) => toggle(event, on)}
          disabled={disabled}
        />
      ))}
    </div>
  );
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v) => b.includes(v));

export function EmailPreferencesForm({ initial }: { initial: PreferencesView }) {
  const [saved, setSaved] = useState(initial.emailEvents);
  const [events, setEvents] = useState(initial.emailEvents);
  const { busy, error, run } = useAction();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = await run(() => api<{ preferences: PreferencesView }>("/api/v1/me/notifications", { method: "PUT", body: { emailEvents: events } }));
    if (!result) return;
    setSaved(result.preferences.emailEvents);
    setEvents(result.preferences.emailEvents);
    toast.success("Email notifications saved");
  }

  return (
    <form aria-label="Email notifications" onSubmit={submit} className="space-y-4">
      {!initial.emailAvailable && (
        <Banner tone="warning" title="Email is off on this instance">
          No mail server is configured (SMTP_HOST), so nothing is sent yet. Your choices are kept and apply once it is.
        </Banner>
      )}
      <p className="text-sm text-muted">
        Emails go to <span className="font-medium text-text">{initial.email}</span>.
      </p>
      <EventSwitches chosen={events} onChange={setEvents} disabled={busy} />
      {error && <Banner tone="danger">{error}</Banner>}
      <div className="flex justify-end">
        <Button type="submit" loading={busy} disabled={sameList(events, saved)}>
          Save email notifications
        </Button>
      </div>
    </form>
  );
}

export function SlackChannelForm({ initial }: { initial: SlackView }) {
  const [slack, setSlack] = useState(initial);
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState(initial.events);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const { busy, run } = useAction();

  async function save(body: Record<string, unknown>, done: string) {
    setErrors({});
    setFormError(null);
    const result = await run(async () => {
      try {
        return await api<{ notifications: { slack: SlackView } }>("/api/v1/teams/current/notifications", { method: "PUT", body });
      } catch (failure) {
        const issues = failure instanceof ApiError ? failure.issues : [];
        setErrors(Object.fromEntries(issues.map((i) => [i.path.split(".")[0], i.message])));
        if (issues.length === 0) setFormError(errorText(failure));
        return undefined;
      }
    });
    if (!result) return;
    setSlack(result.notifications.slack);
    setEvents(result.notifications.slack.events);
    setUrl("");
    toast.success(done);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void save({ slackEvents: events, ...(url.trim() && { slackWebhookUrl: url.trim() }) }, "Slack notifications saved");
  }

  const unchanged = !url.trim() && sameList(events, slack.events);
  return (
    <form aria-label="Team Slack channel" onSubmit={submit} className="space-y-4">
      {slack.configured ? (
        <p className="text-sm text-muted" data-testid="slack-hint">
          Posting to <span className="font-mono text-[13px] text-text">{slack.urlHint}/…</span>. The full URL is kept encrypted and never shown again.
        </p>
      ) : (
        <p className="text-sm text-muted">No Slack webhook yet: create an incoming webhook in Slack (or a compatible chat) and paste its URL here.</p>
      )}
      <Field
        label={slack.configured ? "Replace the webhook URL" : "Incoming webhook URL"}
        required={!slack.configured}
        optional={slack.configured}
        error={errors.slackWebhookUrl}
        hint={slack.configured ? "Leave empty to keep the saved URL." : "A public https URL, for example https://hooks.slack.com/services/…"}
      >
        <Input
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://hooks.slack.com/services/…"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Events posted to the channel</legend>
        <EventSwitches chosen={events} onChange={setEvents} disabled={busy} labels={TEAM_EVENT_LABELS} />
        {errors.slackEvents && <p className="text-[13px] text-danger">{errors.slackEvents}</p>}
      </fieldset>
      {formError && <Banner tone="danger">{formError}</Banner>}
      <div className="flex flex-wrap justify-end gap-2">
        {slack.configured && (
          <AlertDialog
            trigger={
              <Button variant="ghost" disabled={busy}>
                <Trash2 aria-hidden /> Remove webhook
              </Button>
            }
            title="Remove the Slack webhook?"
            description="The team's channel stops receiving notifications; messages still queued for it are not sent."
            confirmLabel="Remove webhook"
            onConfirm={() => save({ slackWebhookUrl: null }, "Slack webhook removed")}
          />
        )}
        <Button type="submit" loading={busy} disabled={unchanged || (!slack.configured && !url.trim())}>
          Save Slack notifications
        </Button>
      </div>
    </form>
  );
}
