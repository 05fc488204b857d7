import { redirect } from "next/navigation";
import { SignInForm } from "@/components/app/auth-forms";
import { sessionUser } from "@/lib/platform/auth/actor";
import { enabledOAuthProviders } from "@/lib/platform/auth/options";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await sessionUser()) redirect(callbackUrl?.startsWith("/") ? callbackUrl : "/projects");
  return <SignInForm callbackUrl={callbackUrl} providers={enabledOAuthProviders()} />;
}
