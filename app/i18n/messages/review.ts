// Messages of drafting and approving the review.
const en = {} as const;

const fr: Record<keyof typeof en, string> = {};

export const reviewMessages = { en, fr };
