// next-auth configuration: email + password always; GitHub, Google and any OIDC provider when
// their env variables are set. Sessions are signed JWT cookies. What a sign-in means for the rest
// of the product (audit entries, the account of a first OAuth sign-in) is the service layer's:
// the route passes it in as SignInEvents.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { Provider } from "next-auth/providers/index";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { db } from "@/lib/adapters/db/client";
import { env } from "@/lib/platform/config/env";
import { authSecret } from "@/lib/platform/config/secrets";
import { verifyPassword } from "@/lib/platform/auth/password";
import { hitRateLimit, isRateLimited } from "@/lib/platform/auth/rate-limit";

export interface SignInEvents {
  /** Too many failed attempts for this email or client address: the attempt was refused unchecked. */
  credentialsThrottled(attempt: { email: string; ip: string | null }): Promise<void>;
  /** A wrong email or password (`userId` when the email belongs to someone). */
  credentialsFailed(attempt: { email: string; userId?: string; ip: string | null }): Promise<void>;
  /** A successful OAuth sign-in; the person may have no account yet. */
  oauthSignedIn(person: { email: string; name: string }): Promise<void>;
}

async function authorizeCredentials(events: SignInEvents, email: string, password: string, ip: string | null) {
  const normalized = email.trim().toLowerCase();
  // Only failed attempts count: per email, and per client address.
  const window = 15 * 60_000;
  const max = env().SIGNIN_MAX_ATTEMPTS;
  const keys: [string, number][] = [[`signin:${normalized}`, max], ...(ip ? [[`signin-ip:${ip}`, max * 5] as [string, number]] : [])];
  const limited = await Promise.all(keys.map(([key, limit]) => isRateLimited(key, limit, window)));
  if (limited.some(Boolean)) {
    await events.credentialsThrottled({ email: normalized, ip });
    throw new Error("Too many sign-in attempts. Wait 15 minutes and try again.");
  }
  const user = await db().user.findUnique({ where: { email: normalized } });
  const ok = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : false;
  if (!user || !ok) {
    for (const [key, limit] of keys) await hitRateLimit(key, limit, window);
    await events.credentialsFailed({ email: normalized, userId: user?.id, ip });
    return null;
  }
  return { id: user.id, email: user.email, name: user.name };
}

function oauthProviders(): Provider[] {
  const e = env();
  const providers: Provider[] = [];
  if (e.GITHUB_ID && e.GITHUB_SECRET) providers.push(GitHubProvider({ clientId: e.GITHUB_ID, clientSecret: e.GITHUB_SECRET }));
  if (e.GOOGLE_ID && e.GOOGLE_SECRET) providers.push(GoogleProvider({ clientId: e.GOOGLE_ID, clientSecret: e.GOOGLE_SECRET }));
  if (e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET) {
    providers.push({
      id: "oidc",
      name: e.OIDC_NAME,
      type: "oauth",
      wellKnown: `${e.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile: (p: { sub: string; name?: string; email?: string }) => ({ id: p.sub, name: p.name ?? p.email, email: p.email }),
    });
  }
  return providers;
}

export function enabledOAuthProviders(): { id: string; name: string }[] {
  return oauthProviders().map((p) => ({ id: p.id, name: p.name }));
}

/** The sign-in endpoints' configuration (app/api/auth). */
export function authOptions(events: SignInEvents): NextAuthOptions {
  const base = sessionOptions();
  return {
    ...base,
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        authorize: async (credentials, req) => {
          if (!credentials?.email || !credentials.password) return null;
          const forwarded = (req?.headers?.["x-forwarded-for"] as string | undefined)?.split(",")[0]?.trim() ?? null;
          return authorizeCredentials(events, credentials.email, credentials.password, forwarded);
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      ...base.callbacks,
      async signIn({ user, account }) {
        if (account?.provider === "credentials") return true;
        const email = user.email?.toLowerCase();
        if (!email) return false;
        await events.oauthSignedIn({ email, name: user.name ?? email });
        return true;
      },
    },
  };
}

/** Reading the session cookie (getServerSession): same secret, lifetime and callbacks, no sign-in. */
export function sessionOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [],
    callbacks: {
      async jwt({ token, user }) {
        if (user?.email) {
          const row = await db().user.findUnique({ where: { email: user.email.toLowerCase() }, select: { id: true } });
          if (row) token.uid = row.id;
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user && typeof token.uid === "string") (session.user as { id?: string }).id = token.uid;
        return session;
      },
    },
  };
}
