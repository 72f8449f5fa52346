// The schema, split by domain. drizzle-kit reads this file; relations live in ../relations.ts.
export * from "./frameworks";
export * from "./organizations";
export * from "./consultations";
export * from "./inputs";
export * from "./accounts";
export * from "./audit";
export * from "./notifications";
export * from "./triage";
export * from "./surveys";
export * from "./review";
export * from "./triage-duplicates";
export * from "./triage-tags";
export * from "./triage-translations";
