import { describe, expect, it } from "vitest";
import { can, ROLES, type Actor, type Permission } from "./permissions";

const actor = (roles: Actor["roles"], overrides: Partial<Actor> = {}): Actor => ({
  userId: 1,
  roles,
  organizationIds: [10],
  twoFactorVerified: true,
  ...overrides,
});

describe("can", () => {
  it("denies anonymous people everything", () => {
    expect(can(null, "read:staff-area")).toBe(false);
    expect(can(null, "read:input:own", { organizationId: 10 })).toBe(false);
  });

  it("lets a contributor act on their own organization's inputs only", () => {
    const contributor = actor(["contributor"], { twoFactorVerified: false });
    expect(can(contributor, "edit:input:own", { organizationId: 10 })).toBe(true);
    expect(can(contributor, "edit:input:own", { organizationId: 11 })).toBe(false);
    expect(can(contributor, "edit:input:own")).toBe(false);
    expect(can(contributor, "read:staff-area")).toBe(false);
  });

  it("refuses staff permissions until the second factor is verified", () => {
    expect(can(actor(["moderator"], { twoFactorVerified: false }), "decide:input")).toBe(false);
    expect(can(actor(["moderator"]), "decide:input")).toBe(true);
  });

  it("grants each staff role its own work and nothing else", () => {
    expect(can(actor(["moderator"]), "publish:review")).toBe(false);
    expect(can(actor(["drafter"]), "decide:input")).toBe(false);
    expect(can(actor(["approver"]), "publish:review")).toBe(true);
    expect(can(actor(["coordinator"]), "invite:staff")).toBe(false);
    expect(can(actor(["admin"]), "invite:staff")).toBe(true);
  });

  it("lets moderators, coordinators and administrators export the inputs, with 2FA", () => {
    for (const role of ["moderator", "coordinator", "admin"] as const)
      expect(can(actor([role]), "export:inputs")).toBe(true);
    for (const role of ["drafter", "approver", "contributor"] as const)
      expect(can(actor([role]), "export:inputs")).toBe(false);
    expect(can(actor(["admin"], { twoFactorVerified: false }), "export:inputs")).toBe(false);
  });

  it("combines the permissions of several roles", () => {
    const both = actor(["moderator", "drafter"]);
    expect(can(both, "decide:input") && can(both, "edit:review")).toBe(true);
  });

  it("denies a permission no role grants", () => {
    for (const role of ROLES) expect(can(actor([role]), "nonexistent" as Permission)).toBe(false);
  });
});
