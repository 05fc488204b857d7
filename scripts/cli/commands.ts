import { db } from "@/lib/adapters/db/client";
import { prepareRuntime } from "@/scripts/lib/runtime";
import { hashPassword, passwordProblem } from "@/lib/platform/auth/password";
import { newApiToken } from "@/lib/platform/auth/api-token";
import { createAccount } from "@/lib/services/users/sign-up";
import { migrate } from "@/lib/adapters/db/migrate";
import { env } from "@/lib/platform/config/env";
import { recordAudit } from "@/lib/services/audit/record";
import { secretKey } from "@/lib/platform/config/secrets";
import { formatRotationReport, rotateSecrets, rotationAuditData, unreadableCount } from "@/lib/services/keys/rotate";

type Values = Record<string, string | boolean | undefined>;
type OptionSpec = Record<string, { type: "string" | "boolean" }>;

export interface Command {
  usage: string;
  options: OptionSpec;
  required?: string[];
  run: (values: Values) => Promise<void>;
}

const str = (v: Values, key: string) => (typeof v[key] === "string" ? (v[key] as string) : undefined);

function fail(message: string): never {
  console.error(`Error: ${message}`);
  process.exit(1);
}

async function findTeam(nameOrId: string) {
  const teams = await db().team.findMany({ where: { OR: [{ id: nameOrId }, { name: nameOrId }] } });
  if (teams.length === 0) fail(`No team named or with id "${nameOrId}".`);
  if (teams.length > 1) fail(`Several teams are named "${nameOrId}"; pass the team id instead.`);
  return teams[0];
}

export const COMMANDS: Record<string, Command> = {
  worker: {
    usage: "(runs the background worker in the foreground until SIGINT/SIGTERM)",
    options: {},
    run: async () => {
      await prepareRuntime({ quiet: true });
      const { startWorker } = await import("@/lib/services/worker/worker");
      const { simulatorEnabled } = await import("@/lib/services/provider/mode");
      if (simulatorEnabled()) {
        console.warn(
          "[reelroom] no DASHSCOPE_API_KEY: this worker uses its own simulator. For several processes in demo mode run `npm run simulator` and set DASHSCOPE_BASE_URL, DASHSCOPE_API_KEY and SIMULATOR=off.",
        );
      }
      const worker = startWorker();
      console.log(`[reelroom] worker ${worker.id} running; Ctrl-C to stop.`);
      await new Promise<void>((resolve) => {
        const stop = () => void worker.stop().then(resolve);
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      process.exit(0);
    },
  },
  migrate: {
    usage: "(applies pending migrations to DATABASE_URL)",
    options: {},
    run: async () => {
      const result = await migrate(env().DATABASE_URL);
      console.log(result.applied.length ? `Applied: ${result.applied.join(", ")}` : `Up to date (${result.total} migrations).`);
    },
  },
  "posters:backfill": {
    usage: "(makes posters for archived videos that have none; safe to run again)",
    options: {},
    run: async () => {
      await prepareRuntime({ quiet: true });
      const { backfillPosters } = await import("@/lib/services/generations/poster-backfill");
      const counts = await backfillPosters({ onProgress: (c) => console.error(`… ${c.scanned} checked`) });
      console.log(`Posters: scanned ${counts.scanned}, made ${counts.made}, failed ${counts.failed}.`);
    },
  },
  "user:create": {
    usage: "--email E --password P [--name N] [--team T]",
    options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" }, team: { type: "string" } },
    required: ["email", "password"],
    run: async (v) => {
      await prepareRuntime({ quiet: true });
      const email = str(v, "email")!.trim().toLowerCase();
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) fail(`"${email}" is not a valid email address.`);
      const problem = passwordProblem(str(v, "password")!);
      if (problem) fail(problem);
      const name = str(v, "name") ?? email.split("@")[0];
      const passwordHash = await hashPassword(str(v, "password")!);
      const team = str(v, "team");
      if (team) {
        const account = await createAccount({ email, name, passwordHash, teamName: team });
        console.log(`Created user ${account.user.email} (${account.user.id}) as owner of team "${team}" (${account.teamId}).`);
      } else {
        if (await db().user.findUnique({ where: { email } })) fail(`A user with email ${email} already exists.`);
        const user = await db().user.create({ data: { email, name, passwordHash } });
        console.log(`Created user ${user.email} (${user.id}).`);
      }
    },
  },
  "user:reset-password": {
    usage: "--email E --password P",
    options: { email: { type: "string" }, password: { type: "string" } },
    required: ["email", "password"],
    run: async (v) => {
      await prepareRuntime({ quiet: true });
      const problem = passwordProblem(str(v, "password")!);
      if (problem) fail(problem);
      const email = str(v, "email")!.toLowerCase();
      const { count } = await db().user.updateMany({ where: { email }, data: { passwordHash: await hashPassword(str(v, "password")!) } });
      if (count === 0) fail(`No user with email ${email}.`);
      await recordAudit({ action: "user.password_reset_cli", targetType: "email", targetId: email });
      console.log(`Password reset for ${email}.`);
    },
  },
  "token:create": {
    usage: "--email E --team T [--name N]",
    options: { email: { type: "string" }, team: { type: "string" }, name: { type: "string" } },
    required: ["email", "team"],
    run: async (v) => {
      await prepareRuntime({ quiet: true });
      const email = str(v, "email")!.toLowerCase();
      const user = await db().user.findUnique({ where: { email } });
      if (!user) fail(`No user with email ${email}.`);
      const team = await findTeam(str(v, "team")!);
      const member = await db().membership.findUnique({ where: { teamId_userId: { teamId: team.id, userId: user.id } } });
      if (!member) fail(`${email} is not a member of team "${team.name}".`);
      const { token, hash, prefix } = newApiToken();
      const row = await db().apiToken.create({ data: { teamId: team.id, userId: user.id, name: str(v, "name") ?? "CLI token", tokenHash: hash, prefix } });
      await recordAudit({ teamId: team.id, actorId: user.id, action: "token.created", targetType: "token", targetId: row.id, data: { via: "cli" } });
      console.log(`Token for ${email} in "${team.name}" (role ${member.role}). It is shown only once:`);
      console.log(token);
    },
  },
  "keys:rotate": {
    usage: "(re-encrypts stored provider keys, webhook secrets, Slack webhook URLs and queued notifications from SECRET_KEY_PREVIOUS to SECRET_KEY)",
    options: {},
    run: async () => {
      const e = await prepareRuntime({ quiet: true });
      const previous = e.SECRET_KEY_PREVIOUS;
      if (!previous) fail("Set SECRET_KEY_PREVIOUS to the old key and SECRET_KEY to the new one, then run keys:rotate again.");
      const current = secretKey();
      if (current === previous) fail("SECRET_KEY and SECRET_KEY_PREVIOUS are equal; set SECRET_KEY to the new key.");
      const report = await rotateSecrets(db(), { current, previous });
      await recordAudit({ action: "keys.rotated", data: rotationAuditData(report) });
      await db().$disconnect();
      for (const line of formatRotationReport(report)) console.log(line);
      const unreadable = unreadableCount(report);
      if (unreadable > 0) {
        fail(
          `${unreadable} value(s) open with neither SECRET_KEY nor SECRET_KEY_PREVIOUS and were left unchanged; save those provider keys, webhooks and Slack webhooks again.`,
        );
      }
    },
  },
};
