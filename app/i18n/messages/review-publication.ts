// Messages of the review's exports, publication and comments on the draft.
const en = {} as const;

const fr: Record<keyof typeof en, string> = {};

export const reviewPublicationMessages = { en, fr };
