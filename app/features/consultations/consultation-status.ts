// The life of a consultation, as a pure state machine: the server asks it before any change.

export const CONSULTATION_STATUSES = ["draft", "open", "closed", "in-review", "published"] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

const NEXT: Record<ConsultationStatus, ConsultationStatus | null> = {
  draft: "open",
  open: "closed",
  closed: "in-review",
  "in-review": "published",
  published: null,
};

export type TransitionRefusal = "illegal-transition" | "closes-at-passed";

/** The one status a consultation may move to next, or null at the end of its life. */
export function nextStatus(status: ConsultationStatus): ConsultationStatus | null {
  return NEXT[status];
}

/**
 * Whether `from → to` is allowed at `now` (the database clock). Only one step forward at a
 * time. Opening is allowed before `opensAt` (contributors still cannot submit before it) but
 * not once `closesAt` has passed; closing by hand is allowed any time (to stop early).
 */
export function checkTransition(
  from: ConsultationStatus,
  to: ConsultationStatus,
  context: { now: Date; closesAt: Date },
): { ok: true } | { ok: false; reason: TransitionRefusal } {
  if (NEXT[from] !== to) return { ok: false, reason: "illegal-transition" };
  if (to === "open" && context.now >= context.closesAt)
    return { ok: false, reason: "closes-at-passed" };
  return { ok: true };
}

/**
 * The status people see: an "open" consultation whose closing time has passed is closed to
 * submissions even before a coordinator records it as closed.
 */
export function effectiveStatus(
  status: ConsultationStatus,
  closesAt: Date,
  now: Date,
): ConsultationStatus {
  return status === "open" && now >= closesAt ? "closed" : status;
}

/** Fields can be edited while the consultation is being prepared or is running. */
export function isEditable(status: ConsultationStatus): boolean {
  return status === "draft" || status === "open";
}
