import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/app/auth-forms";
import { sessionUser } from "@/lib/platform/auth/actor";
import { env } from "@/lib/platform/config/env";

export const metadata = { title: "Create account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await sessionUser()) redirect("/projects");
  if (!env().SIGNUP_ENABLED) {
    return <p className="text-sm text-muted">Sign-up is closed on this instance. Ask an admin of your team for an invitation link.</p>;
  }
  return <SignUpForm callbackUrl={callbackUrl} />;
}
