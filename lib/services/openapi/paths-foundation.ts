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
import { errors, jsonBody, ok, pathId, READ_ERRORS, WRITE_ERRORS } from "@/lib/services/openapi/common";
import { Project } from "@/lib/contracts/project";
import { RenamedTeam, Team, TeamJoined, TeamSwitched } from "@/lib/contracts/team";

const sessionOnly = [{ sessionCookie: [] }];

export const foundationPaths: ZodOpenApiPathsObject = {
  "/api/v1/health": {
    get: {
      tags: ["Instance"],
      summary: "Liveness and database check",
      security: [],
      responses: { ...ok("Healthy.", Health), ...errors(503) },
    },
  },
  "/api/v1/signup": {
    post: {
      tags: ["Teams"],
      summary: "Create an account, its first team and a default project",
      security: [],
      requestBody: jsonBody(signUpSchema),
      responses: {
        ...ok("Created.", SignedUp, 201),
        ...errors(400, 403, 409, 422),
      },
    },
  },
  "/api/v1/teams": {
    get: {
      tags: ["Teams"],
      summary: "Teams of the signed-in user",
      security: sessionOnly,
      responses: { ...ok("Teams.", z.strictObject({ teams: z.array(Team) })), ...errors(401) },
    },
    post: {
      tags: ["Teams"],
      summary: "Create a team (the caller becomes owner)",
      security: sessionOnly,
      requestBody: jsonBody(teamNameBody),
      responses: { ...ok("Created.", z.strictObject({ team: Team }), 201), ...errors(400, 401, 422) },
    },
  },
  "/api/v1/teams/current": {
    get: {
      tags: ["Teams"],
      summary: "The current team and the caller's role",
      responses: { ...ok("The team.", z.strictObject({ team: Team })), ...errors(...READ_ERRORS) },
    },
    patch: {
      tags: ["Teams"],
      summary: "Rename the team (admins, owners)",
      requestBody: jsonBody(teamNameBody),
      responses: { ...ok("Renamed.", z.strictObject({ team: RenamedTeam })), ...errors(...WRITE_ERRORS) },
    },
    delete: { tags: ["Teams"], summary: "Delete the team and everything in it (owners)", responses: { ...ok("Deleted.", OkBody), ...errors(...WRITE_ERRORS) } },
  },
  "/api/v1/teams/switch": {
    post: {
      tags: ["Teams"],
      summary: "Make another of your teams the current one (browser session)",
      security: sessionOnly,
      requestBody: jsonBody(switchTeamBody),
      responses: { ...ok("Switched.", TeamSwitched), ...errors(400, 401, 404, 422) },
    },
  },
  "/api/v1/teams/leave": {
    post: { tags: ["Teams"], summary: "Leave the current team", responses: { ...ok("Left.", OkBody), ...errors(401, 409, 429) } },
  },
  "/api/v1/members": {
    get: {
      tags: ["Members"],
      summary: "Members of the team",
      responses: { ...ok("Members.", z.strictObject({ members: z.array(Member) })), ...errors(...READ_ERRORS) },
    },
  },
  "/api/v1/members/{id}": {
    patch: {
      tags: ["Members"],
      summary: "Change a member's role",
      requestParams: { path: pathId("id", "Membership id.") },
      requestBody: jsonBody(roleBody),
      responses: { ...ok("Changed.", OkBody), ...errors(...WRITE_ERRORS, 404, 409) },
    },
    delete: {
      tags: ["Members"],
      summary: "Remove a member (their API tokens are revoked)",
      requestParams: { path: pathId("id", "Membership id.") },
      responses: { ...ok("Removed.", OkBody), ...errors(...WRITE_ERRORS, 404, 409) },
    },
  },
  "/api/v1/invitations": {
    get: {
      tags: ["Members"],
      summary: "Open invitations",
      responses: { ...ok("Invitations.", z.strictObject({ invitations: z.array(Invitation) })), ...errors(...READ_ERRORS) },
    },
    post: {
      tags: ["Members"],
      summary: "Create an invitation link",
      requestBody: jsonBody(invitationBody),
      responses: { ...ok("Created; `url` is shown only now.", z.strictObject({ invitation: Invitation }), 201), ...errors(...WRITE_ERRORS) },
    },
  },
  "/api/v1/invitations/{id}": {
    delete: {
      tags: ["Members"],
      summary: "Revoke an invitation",
      requestParams: { path: pathId() },
      responses: { ...ok("Revoked.", OkBody), ...errors(...WRITE_ERRORS, 404) },
    },
  },
  "/api/v1/invitations/accept": {
    post: {
      tags: ["Members"],
      summary: "Accept an invitation (browser session)",
      security: sessionOnly,
      requestBody: jsonBody(acceptBody),
      responses: { ...ok("Joined.", TeamJoined), ...errors(400, 401, 404, 409, 410, 422) },
    },
  },
  "/api/v1/projects": {
    get: {
      tags: ["Projects"],
      summary: "Projects of the team",
      requestParams: { query: z.object({ includeArchived: z.enum(["true", "false"]).optional() }) },
      responses: { ...ok("Projects.", z.strictObject({ projects: z.array(Project) })), ...errors(...READ_ERRORS, 422) },
    },
    post: {
      tags: ["Projects"],
      summary: "Create a project",
      requestBody: jsonBody(projectBody),
      responses: { ...ok("Created.", z.strictObject({ project: Project }), 201), ...errors(...WRITE_ERRORS) },
    },
  },
  "/api/v1/projects/{id}": {
    get: {
      tags: ["Projects"],
      summary: "One project",
      requestParams: { path: pathId() },
      responses: { ...ok("The project.", z.strictObject({ project: Project })), ...errors(...READ_ERRORS, 404) },
    },
    patch: {
      tags: ["Projects"],
      summary: "Rename, archive or restore a project",
      requestParams: { path: pathId() },
      requestBody: jsonBody(projectPatchBody),
      responses: { ...ok("Updated.", z.strictObject({ project: Project })), ...errors(...WRITE_ERRORS, 404) },
    },
  },
};
