import Link from "next/link";
import { Logo } from "@/components/app/logo";
import { AcceptInviteButton } from "@/components/app/accept-invite";
import { buttonClassName } from "@/components/ui/button";
import { sessionUser } from "@/lib/platform/auth/actor";
import { previewInvitation } from "@/lib/services/teams/invitations";
import { AppError } from "@/lib/contracts/errors";

export const metadata = { title: "Invitation" };

async function preview(token: string) {
  try {
    return await previewInvitation(token);
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await preview(token);
  const user = await sessionUser();
  const back = encodeURIComponent(`/invite/${token}`);
  return (
    <main className="flex min-h-dvh items-center justify-center bg-background px-4">
      <div className="w-full max-w-sm space-y-5 rounded-xl border border-border bg-surface p-6 shadow-sm">
        <Logo />
        {!invitation ? (
          <p className="text-sm">This invitation link is not valid. Ask your teammate for a new one.</p>
        ) : invitation.problem ? (
          <p role="alert" className="text-sm">
            {invitation.problem}
          </p>
        ) : (
          <>
            <div>
              <h1 className="text-lg font-semibold">Join {invitation.teamName}</h1>
              <p className="mt-1 text-sm text-muted">
                You are invited as <span className="capitalize">{invitation.role}</span>.
              </p>
            </div>
            {user ? (
              <>
                <p className="text-sm text-muted">Signed in as {user.email}.</p>
                <AcceptInviteButton token={token} />
              </>
            ) : (
              <div className="flex flex-col gap-2">
                <Link className={buttonClassName({ className: "w-full" })} href={`/signup?callbackUrl=${back}`}>
                  Create an account
                </Link>
                <Link className={buttonClassName({ variant: "outline", className: "w-full" })} href={`/signin?callbackUrl=${back}`}>
                  I have an account
                </Link>
              </div>
            )}
          </>
        )}
      </div>
    </main>
  );
}
