import { redirect } from "next/navigation";
import { SettingsFrame, SettingsSection } from "@/components/app/settings/settings-frame";
import { TokensManager } from "@/components/app/settings/tokens-manager";
import { sessionActor } from "@/lib/platform/auth/actor";
import { env } from "@/lib/platform/config/env";
import { listProjects } from "@/lib/services/projects/projects";
import { listTokens, managesAllTokens } from "@/lib/services/tokens/tokens";

export const metadata = { title: "API tokens" };

export default async function TokensPage() {
  const actor = await sessionActor();
  if (!actor) redirect("/signin");
  const [tokens, projects] = await Promise.all([listTokens(actor), listProjects(actor)]);
  const all = managesAllTokens(actor.role);
  return (
    <SettingsFrame actor={actor} current="/settings/tokens">
      <SettingsSection
        title="API tokens"
        description={
          all
            ? "Tokens of everyone in the team. Each acts as its owner, with their role, in this team only; revoke any you do not recognise."
            : "Your tokens in this team. Each acts as you, with your role, in this team only."
        }
      >
        <TokensManager
          tokens={tokens.map((t) => ({
            id: t.id,
            name: t.name,
            prefix: t.prefix,
            mine: t.mine,
            user: t.user,
            createdAt: t.createdAt.toISOString(),
            lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
          }))}
          showOwner={all}
          appUrl={env().APP_URL}
          projectId={projects[0]?.id ?? null}
        />
      </SettingsSection>
    </SettingsFrame>
  );
}
