// What a sign-in means for the product: refused credentials go to the audit log, and a first
// OAuth sign-in creates the person's account (with a team of their own, as signing up does).
import "server-only";
import { db } from "@/lib/adapters/db/client";
import type { SignInEvents } from "@/lib/platform/auth/options";
import { recordAudit } from "@/lib/services/audit/record";
import { createAccount } from "@/lib/services/users/sign-up";

export const signInEvents: SignInEvents = {
  async credentialsThrottled({ email, ip }) {
    await recordAudit({ action: "auth.signin_throttled", targetType: "email", targetId: email, ip });
  },
  async credentialsFailed({ email, userId, ip }) {
    await recordAudit({ action: "auth.signin_failed", actorId: userId, targetType: "email", targetId: email, ip });
  },
  async oauthSignedIn({ email, name }) {
    const existing = await db().user.findUnique({ where: { email } });
    if (!existing) await createAccount({ email, name, passwordHash: null });
  },
};
