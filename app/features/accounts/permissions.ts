// Who may do what. Pure and deny-by-default: the route guard and the use-case both ask.

export const STAFF_ROLES = ["coordinator", "moderator", "drafter", "approver", "admin"] as const;
export const ROLES = ["contributor", ...STAFF_ROLES] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type Role = (typeof ROLES)[number];

export type Permission =
  | "read:staff-area"
  | "invite:contributor"
  | "invite:staff"
  | "manage:people"
  | "read:audit"
  | "read:deliveries"
  | "retry:email"
  | "manage:consultation"
  | "decide:input"
  | "export:inputs"
  | "edit:review"
  | "approve:review"
  | "publish:review"
  | "read:input:own"
  | "edit:input:own"
  | "submit:input:own";

export interface Actor {
  userId: number;
  roles: readonly Role[];
  organizationIds: readonly number[];
  /** staff permissions need a second factor verified in this session */
  twoFactorVerified: boolean;
}

const STAFF_BASE: Permission[] = ["read:staff-area"];

const GRANTS: Record<Role, readonly Permission[]> = {
  contributor: ["read:input:own", "edit:input:own", "submit:input:own"],
  coordinator: [...STAFF_BASE, "invite:contributor", "manage:consultation", "export:inputs"],
  moderator: [...STAFF_BASE, "decide:input", "export:inputs"],
  drafter: [...STAFF_BASE, "edit:review"],
  approver: [...STAFF_BASE, "approve:review", "publish:review"],
  admin: [
    ...STAFF_BASE,
    "invite:contributor",
    "invite:staff",
    "manage:people",
    "read:audit",
    "read:deliveries",
    "retry:email",
    "export:inputs",
  ],
};

export function isStaff(roles: readonly Role[]): boolean {
  return roles.some((role) => (STAFF_ROLES as readonly string[]).includes(role));
}

function grantedByRole(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/**
 * True only when one of the actor's roles grants the permission and, for `:own`
 * permissions, the resource belongs to one of the actor's organizations.
 */
export function can(
  actor: Actor | null,
  permission: Permission,
  resource?: { organizationId: number },
): boolean {
  if (!actor) return false;
  const granting = actor.roles.filter((role) => grantedByRole(role, permission));
  if (granting.length === 0) return false;
  const needsSecondFactor = granting.every((role) => role !== "contributor");
  if (needsSecondFactor && !actor.twoFactorVerified) return false;
  if (permission.endsWith(":own")) {
    return resource !== undefined && actor.organizationIds.includes(resource.organizationId);
  }
  return true;
}
