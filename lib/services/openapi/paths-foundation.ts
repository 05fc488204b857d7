// Sign-up, teams, members, invitations and projects.
import "server-only";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { acceptBody, invitationBody, projectBody, projectPatchBody, roleBody, switchTeamBody, teamNameBody } from "@/lib/services/teams/schemas";
import { signUpSchema } from "@/lib/services/users/sign-up";
import { OkBody } from "@/lib/contracts/common";
import { Health, SignedUp } from "@/lib/contracts/instance";
import { Invitation } from "@/lib/contracts/invitation";
import { Member } from "@/lib/contracts/member";
import { ok, operationsOf, pathId } from "@/lib/services/openapi/common";
import { Project } from "@/lib/contracts/project";
import { RenamedTeam, Team, TeamJoined, TeamSwitched } from "@/lib/contracts/team";

const sessionOnly = [{ sessionCookie: [] }];
const membership = { path: pathId("id", "Membership id.") };

const [instance, teams, members, projects] = ["Instance", "Teams", "Members", "Projects"].map(operationsOf);

export const foundationPaths: ZodOpenApiPathsObject = {
  "/api/v1/health": {
    get: instance.route("Liveness and database check", ok("Healthy.", Health), { security: [], errors: [503] }),
  },
  "/api/v1/signup": {
    post: teams.route("Create an account, its first team and a default project", ok("Created.", SignedUp, 201), {
      security: [],
      body: signUpSchema,
      errors: [400, 403, 409, 422],
    }),
  },
  "/api/v1/teams": {
    get: teams.route("Teams of the signed-in user", ok("Teams.", z.strictObject({ teams: z.array(Team) })), { security: sessionOnly, errors: [401] }),
    post: teams.route("Create a team (the caller becomes owner)", ok("Created.", z.strictObject({ team: Team }), 201), {
      security: sessionOnly,
      body: teamNameBody,
      errors: [400, 401, 422],
    }),
  },
  "/api/v1/teams/current": {
    get: teams.read("The current team and the caller's role", ok("The team.", z.strictObject({ team: Team }))),
    patch: teams.write("Rename the team (admins, owners)", ok("Renamed.", z.strictObject({ team: RenamedTeam })), { body: teamNameBody }),
    delete: teams.write("Delete the team and everything in it (owners)", ok("Deleted.", OkBody)),
  },
  "/api/v1/teams/switch": {
    post: teams.route("Make another of your teams the current one (browser session)", ok("Switched.", TeamSwitched), {
      security: sessionOnly,
      body: switchTeamBody,
      errors: [400, 401, 404, 422],
    }),
  },
  "/api/v1/teams/leave": {
    post: teams.route("Leave the current team", ok("Left.", OkBody), { errors: [401, 409, 429] }),
  },
  "/api/v1/members": {
    get: members.read("Members of the team", ok("Members.", z.strictObject({ members: z.array(Member) }))),
  },
  "/api/v1/members/{id}": {
    patch: members.write("Change a member's role", ok("Changed.", OkBody), { params: membership, body: roleBody, errors: [404, 409] }),
    delete: members.write("Remove a member (their API tokens are revoked)", ok("Removed.", OkBody), { params: membership, errors: [404, 409] }),
  },
  "/api/v1/invitations": {
    get: members.read("Open invitations", ok("Invitations.", z.strictObject({ invitations: z.array(Invitation) }))),
    post: members.write("Create an invitation link", ok("Created; `url` is shown only now.", z.strictObject({ invitation: Invitation }), 201), {
      body: invitationBody,
    }),
  },
  "/api/v1/invitations/{id}": {
    delete: members.write("Revoke an invitation", ok("Revoked.", OkBody), { params: { path: pathId() }, errors: [404] }),
  },
  "/api/v1/invitations/accept": {
    post: members.route("Accept an invitation (browser session)", ok("Joined.", TeamJoined), {
      security: sessionOnly,
      body: acceptBody,
      errors: [400, 401, 404, 409, 410, 422],
    }),
  },
  "/api/v1/projects": {
    get: projects.read("Projects of the team", ok("Projects.", z.strictObject({ projects: z.array(Project) })), {
      params: { query: z.object({ includeArchived: z.enum(["true", "false"]).optional() }) },
      errors: [422],
    }),
    post: projects.write("Create a project", ok("Created.", z.strictObject({ project: Project }), 201), { body: projectBody }),
  },
  "/api/v1/projects/{id}": {
    get: projects.read("One project", ok("The project.", z.strictObject({ project: Project })), { params: { path: pathId() }, errors: [404] }),
    patch: projects.write("Rename, archive, restore or prioritize a project", ok("Updated.", z.strictObject({ project: Project })), {
      params: { path: pathId() },
      body: projectPatchBody,
      errors: [403, 404],
    }),
  },
};
