// Where an input can go next. Decisions are refused on the server unless this allows them.

export type InputStatus =
  | "draft"
  | "submitted"
  | "in-review"
  | "accepted"
  | "rejected"
  | "changes-requested"
  | "merged"
  | "withdrawn";

export type Decision = "in-review" | "accepted" | "rejected" | "changes-requested";

const STAFF_TRANSITIONS: Record<InputStatus, readonly Decision[]> = {
  draft: [],
  submitted: ["in-review"],
  "in-review": ["accepted", "rejected", "changes-requested"],
  // A decision can be reopened, back into review, and decided again.
  accepted: ["in-review"],
  rejected: ["in-review"],
  "changes-requested": [],
  merged: [],
  withdrawn: [],
};

export function canDecide(from: InputStatus, to: Decision): boolean {
  return STAFF_TRANSITIONS[from].includes(to);
}

export function nextDecisions(from: InputStatus): readonly Decision[] {
  return STAFF_TRANSITIONS[from];
}

/** Inputs that can be merged into another, or survive a merge: any decided or undecided one. */
const MERGEABLE: ReadonlySet<InputStatus> = new Set([
  "submitted",
  "in-review",
  "accepted",
  "rejected",
  "changes-requested",
]);

export function canMerge(status: InputStatus): boolean {
  return MERGEABLE.has(status);
}

/** Decisions the contributor is told about by e-mail and in "My inputs". */
export function isContributorVisible(
  to: Decision,
): to is "accepted" | "rejected" | "changes-requested" {
  return to === "accepted" || to === "rejected" || to === "changes-requested";
}

export const REJECTION_REASONS = [
  "out-of-scope",
  "duplicate",
  "insufficient-information",
  "not-a-practice",
  "other",
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];
