// Shapes of the seed data. The content files beside this one are plain data: the seeding
// code in seeds/*.ts turns them into rows, so a new framework or scenario is data, not code.

export type Bilingual = { en: string; fr: string };

export const GROUPS_SERVED = [
  "women-and-girls",
  "children",
  "youth",
  "lgbtq2",
  "refugees",
  "asylum-claimants",
  "temporary-foreign-workers",
  "international-students",
  "francophone-minorities",
  "indigenous-peoples",
  "older-persons",
  "persons-with-disabilities",
  "victims-of-trafficking",
  "newcomers",
  "migrants-in-vulnerable-situations",
] as const;
export type GroupServed = (typeof GROUPS_SERVED)[number];

export type Scope = "national" | "provincial" | "municipal" | "international";
export type PublicationConsent = "attributed" | "anonymous" | "private";

/** A framework (GCM, SDGs, GCR…) as data. */
export interface SeedFramework {
  code: string;
  name: Bilingual;
  objectives: Array<{ number: number; title: Bilingual }>;
  principles: Array<{ key: string; title: Bilingual }>;
  thematicClusters: Array<{ key: string; title: Bilingual }>;
  reviewTemplate: Array<{
    number: number;
    title: Bilingual;
    suggestedWords: number;
    prompts: Array<Bilingual>;
  }>;
}

export interface SeedStakeholderCategory {
  key: string;
  name: Bilingual;
}

export interface SeedOrganization {
  /** stable key, kebab-case, used by practices and users */
  key: string;
  name: Bilingual;
  /** key of a stakeholder category */
  category: string;
  /** two-letter province/territory code (ON, QC, BC, …), "national" or "international" */
  jurisdiction: string;
  website: string | null;
}

export interface SeedConsultation {
  key: "2020-regional-review" | "2021-update";
  title: Bilingual;
  description: Bilingual;
  type: "regional-review" | "annual-update" | "un-report-input";
  /** ISO dates of the period the consultation covers */
  coversFrom: string;
  coversTo: string;
  /** ISO date-times with offset, America/Toronto */
  opensAt: string;
  closesAt: string;
  status: "draft" | "open" | "closed" | "in-review" | "published";
  /** what the consultation asks for */
  components?: Array<"call-for-practices" | "objective-comments" | "survey" | "review-comments">;
  /** stakeholder categories invited as a whole */
  audienceCategories?: string[];
}

export interface SeedPractice {
  /** stable key, kebab-case: seeding is idempotent on it */
  key: string;
  consultation: SeedConsultation["key"];
  /** language the practice was written in */
  language: "en" | "fr";
  title: Bilingual;
  /** one or two sentences */
  summary: Bilingual;
  /** three to six sentences, in our own words */
  description: Bilingual;
  /** exactly the GCM objective numbers the seed documents cite for this initiative */
  objectives: number[];
  /** principle keys the practice particularly exemplifies (may be empty) */
  principles: string[];
  thematicCluster: string | null;
  /** key of a SeedOrganization */
  leadOrganization: string;
  /** partner names as the documents give them */
  partners: string[];
  scope: Scope;
  /** province/territory codes for provincial/municipal scope, country names (English) for international */
  regions: string[];
  /** "YYYY" or "YYYY-MM-DD", null when the documents do not say */
  periodStart: string | null;
  periodEnd: string | null;
  funding: { amount: number; currency: "CAD" | "USD"; source: string } | null;
  groupsServed: GroupServed[];
  resultsAndEvidence: Bilingual | null;
  links: string[];
  consent: PublicationConsent;
  /** provenance: seed document file name and the passage's heading */
  source: string;
}
