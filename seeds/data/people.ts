import type { Role } from "../../app/features/accounts/permissions";

/** Demo sign-ins, one per role. Printed by `npm start` on demo data only, never in production. */
export const DEMO_PASSWORD = "roundtable-demo-2026";

/**
 * The TOTP key (base32) of every demo staff account, so the demo can be tried with any
 * authenticator app and the end-to-end tests can compute codes.
 */
export const DEMO_TOTP_KEY_BASE32 = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

export interface SeedPerson {
  email: string;
  name: string;
  language: "en" | "fr" | null;
  organization: string;
  roles: Role[];
  closedGroups?: string[];
}

export const demoPeople: SeedPerson[] = [
  {
    email: "admin@demo.roundtable.localhost",
    name: "Alex Morgan",
    language: "en",
    organization: "ircc",
    roles: ["admin"],
  },
  {
    email: "coordinator@demo.roundtable.localhost",
    name: "Camille Tremblay",
    language: "fr",
    organization: "ircc",
    roles: ["coordinator"],
  },
  {
    email: "moderator@demo.roundtable.localhost",
    name: "Sam Okafor",
    language: "en",
    organization: "ircc",
    roles: ["moderator"],
  },
  {
    email: "drafter@demo.roundtable.localhost",
    name: "Dana Singh",
    language: "en",
    organization: "gac",
    roles: ["drafter"],
  },
  {
    email: "approver@demo.roundtable.localhost",
    name: "Jordan Lefebvre",
    language: "fr",
    organization: "ircc",
    roles: ["approver"],
  },
  {
    email: "contributor@demo.roundtable.localhost",
    name: "Chris Nguyen",
    language: "en",
    organization: "maple-settlement-network",
    roles: ["contributor"],
  },
  {
    email: "colleague@demo.roundtable.localhost",
    name: "Maya Roy",
    language: null,
    organization: "maple-settlement-network",
    roles: ["contributor"],
  },
  {
    email: "outreach@demo.roundtable.localhost",
    name: "Jamie Clarke",
    language: "en",
    organization: "maple-settlement-network",
    roles: ["contributor"],
  },
  {
    email: "francophone@demo.roundtable.localhost",
    name: "Luc Robichaud",
    language: "fr",
    organization: "francophone-network-nb",
    roles: ["contributor"],
  },
  {
    email: "province@demo.roundtable.localhost",
    name: "Pat Wilson",
    language: "en",
    organization: "ontario",
    roles: ["contributor"],
  },
  {
    // A second member of the province's team: surveys are answered once per organization.
    email: "province-colleague@demo.roundtable.localhost",
    name: "Nadia Bouchard",
    language: "fr",
    organization: "ontario",
    roles: ["contributor"],
  },
  {
    email: "expert@demo.roundtable.localhost",
    name: "Élise Gagnon",
    language: "fr",
    organization: "experts-centre",
    roles: ["contributor"],
    closedGroups: ["experts-group"],
  },
];

export const demoClosedGroups = [
  {
    slug: "experts-group",
    name: {
      en: "Canada Migration Experts Group",
      fr: "Groupe d'experts sur les migrations du Canada",
    },
  },
];
