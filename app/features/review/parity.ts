// Language parity of a section (docs/decisions/012). Each language remembers the revision at
// which it last changed; the section is in parity when both changed at the same revision.
// A save that changes one language only leaves the other lagging; a later save that changes
// the lagging language (a translation) brings both to the new revision.

export type Lang = "en" | "fr";

export interface ParityState {
  enRevision: number;
  frRevision: number;
}

export function laggingLanguage(state: ParityState): Lang | null {
  if (state.enRevision === state.frRevision) return null;
  return state.enRevision < state.frRevision ? "en" : "fr";
}

export function inParity(state: ParityState) {
  return laggingLanguage(state) === null;
}

/** The parity state after a save at `newRevision` that changed the given languages. */
export function parityAfterSave(
  state: ParityState,
  changed: { en: boolean; fr: boolean },
  newRevision: number,
): ParityState {
  if (!changed.en && !changed.fr) return state;
  if (changed.en && changed.fr) return { enRevision: newRevision, frRevision: newRevision };
  const lagging = laggingLanguage(state);
  const only: Lang = changed.en ? "en" : "fr";
  // The language that was behind has now been updated: both are current.
  if (lagging === only) return { enRevision: newRevision, frRevision: newRevision };
  return only === "en"
    ? { enRevision: newRevision, frRevision: state.frRevision }
    : { enRevision: state.enRevision, frRevision: newRevision };
}
