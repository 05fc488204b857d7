"use client";

// A custom audio track (wan2.6-t2v, wan2.5): a public WAV/MP3 URL, 3-30 s.
import { Music } from "lucide-react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Button } from "@/components/ui/button";
import { issueText } from "./issue-text";

interface AudioTrackFieldProps {
  value: string;
  onChange: (url: string) => void;
  issues: string[] | undefined;
  /** Demo mode: a sample track the simulator serves. */
  sampleUrl: string | null;
}

export function AudioTrackField({ value, onChange, issues, sampleUrl }: AudioTrackFieldProps) {
  return (
    <Field
      label="Audio track"
      optional
      hint="A public WAV or MP3 URL, 3-30 s. A longer track is cut; after a shorter one the video goes silent."
      error={issueText(issues)}
      labelAside={
        sampleUrl && value !== sampleUrl ? (
          <Button variant="ghost" size="sm" className="h-6! px-1.5!" onClick={() => onChange(sampleUrl)}>
            Use sample track
          </Button>
        ) : undefined
      }
    >
      <Input
        type="url"
        inputMode="url"
        placeholder="https://…/track.mp3"
        leading={<Music />}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
