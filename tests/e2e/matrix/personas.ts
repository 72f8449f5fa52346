// The kinds of people the authorization matrix tries, and shorthands for their expected statuses.

export const PERSONAS = [
  "anonymous",
  "contributorA",
  "contributorB",
  "coordinator",
  "moderator",
  "drafter",
  "approver",
  "admin",
] as const;
export type Persona = (typeof PERSONAS)[number];

export type Expected = Record<Persona, number>;

export const everyone = (status: number): Expected =>
  Object.fromEntries(PERSONAS.map((p) => [p, status])) as Expected;
export const signedIn = (status: number): Expected => ({ ...everyone(status), anonymous: 302 });
export const staffOnly: Expected = {
  anonymous: 302,
  contributorA: 403,
  contributorB: 403,
  coordinator: 200,
  moderator: 200,
  drafter: 200,
  approver: 200,
  admin: 200,
};
export const adminOnly: Expected = {
  ...staffOnly,
  coordinator: 403,
  moderator: 403,
  drafter: 403,
  approver: 403,
};
/** Only coordinators hold "manage:consultation": other staff, administrators included, are refused. */
export const coordinatorOnly: Expected = {
  ...staffOnly,
  moderator: 403,
  drafter: 403,
  approver: 403,
  admin: 403,
};
/** Drafters, approvers and coordinators read a review; moderators, admins and contributors are refused. */
export const reviewReaders: Expected = {
  ...everyone(403),
  anonymous: 302,
  coordinator: 200,
  drafter: 200,
  approver: 200,
};
