// The declarative role → allowed actions table. Every route and server action asks `can()`.
export const ROLES = ["owner", "admin", "member", "viewer"] as const;
export type Role = (typeof ROLES)[number];

// Everyone may keep private favourites; reviewing and tagging the team's videos is for members.
const VIEWER = ["team.view", "project.view", "generation.view", "generation.download", "generation.favourite", "usage.viewOwn", "token.manageOwn"] as const;
const MEMBER = [
  ...VIEWER,
  "project.create",
  "project.rename",
  "generation.create",
  "generation.manageOwn",
  "generation.review",
  "generation.tag",
  "upload.create",
] as const;
const ADMIN = [
  ...MEMBER,
  "team.rename",
  "member.invite",
  "member.manage",
  "project.archive",
  "project.prioritize",
  "generation.manageAny",
  "key.manage",
  "budget.manage",
  "price.manage",
  "webhook.manage",
  "audit.view",
  "usage.viewAll",
  "approval.decide",
] as const;
const OWNER = [...ADMIN, "member.manageAdmins", "team.transferOwnership", "team.delete"] as const;

export type Action = (typeof OWNER)[number];

export const PERMISSIONS: Record<Role, ReadonlySet<Action>> = {
  viewer: new Set(VIEWER),
  member: new Set(MEMBER),
  admin: new Set(ADMIN),
  owner: new Set(OWNER),
};

export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[role].has(action);
}

export const ROLE_RANK: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };

/** Whether `actor` may change or remove a member who has role `target`, or grant role `target`. */
export function canManageRole(actor: Role, target: Role): boolean {
  if (actor === "owner") return true;
  return can(actor, "member.manage") && ROLE_RANK[target] < ROLE_RANK.admin;
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
