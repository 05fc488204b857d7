"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type Errors = Record<string, string>;

function safeCallback(url: string | undefined): string {
  return url && url.startsWith("/") && !url.startsWith("//") ? url : "/projects";
}

export function SignInForm({ callbackUrl, providers }: { callbackUrl?: string; providers: { id: string; name: string }[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const result = await signIn("credentials", { redirect: false, email: form.get("email"), password: form.get("password") });
    setBusy(false);
    if (result?.ok) {
      router.push(safeCallback(callbackUrl));
      router.refresh();
    } else {
      setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "Email or password is incorrect.");
    }
  }

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-xl font-semibold tracking-tight">Sign in</h1>
        <p className="text-sm text-muted">Welcome back. Your team&apos;s videos are waiting.</p>
      </div>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field label="Email">
          <Input name="email" type="email" autoComplete="email" required autoFocus />
        </Field>
        <Field label="Password">
          <Input name="password" type="password" autoComplete="current-password" required />
        </Field>
        {error && (
          <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
            {error}
          </p>
        )}
        <Button type="submit" className="w-full" loading={busy}>
          Sign in
        </Button>
      </form>
      {providers.length > 0 && (
        <div className="space-y-2">
          {providers.map((p) => (
            <Button key={p.id} variant="outline" className="w-full" onClick={() => signIn(p.id, { callbackUrl: safeCallback(callbackUrl) })}>
              Continue with {p.name}
            </Button>
          ))}
        </div>
      )}
      <p className="text-center text-sm text-muted">
        New to Reelroom?{" "}
        <Link className="font-medium text-accent-text hover:underline" href={`/signup${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}>
          Create an account
        </Link>
      </p>
    </div>
  );
}

export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    setBusy(true);
    setErrors({});
    const res = await fetch("/api/v1/signup", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: form.name, email: form.email, password: form.password }),
    });
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as { error?: { message: string; issues?: { path: string; message: string }[] } } | null;
      const next: Errors = {};
      for (const issue of body?.error?.issues ?? []) next[issue.path || "form"] ??= issue.message;
      if (!Object.keys(next).length) next.form = body?.error?.message ?? "Sign-up failed. Try again.";
      setErrors(next);
      setBusy(false);
      return;
    }
    await signIn("credentials", { redirect: false, email: form.email, password: form.password });
    router.push(safeCallback(callbackUrl));
    router.refresh();
  }

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-xl font-semibold tracking-tight">Create your account</h1>
        <p className="text-sm text-muted">You get a team and a first project right away.</p>
      </div>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field label="Name" error={errors.name}>
          <Input name="name" autoComplete="name" maxLength={100} required autoFocus />
        </Field>
        <Field label="Email" error={errors.email}>
          <Input name="email" type="email" autoComplete="email" required />
        </Field>
        <Field label="Password" hint="At least 10 characters." error={errors.password}>
          <Input name="password" type="password" autoComplete="new-password" required />
        </Field>
        {errors.form && (
          <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
            {errors.form}
          </p>
        )}
        <Button type="submit" className="w-full" loading={busy}>
          Create account
        </Button>
      </form>
      <p className="text-center text-sm text-muted">
        Already have an account?{" "}
        <Link className="font-medium text-accent-text hover:underline" href={`/signin${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}>
          Sign in
        </Link>
      </p>
    </div>
  );
}
