// Messages of the contributions pages.
const en = {
  "contributions.placeholder": "contributions",
} as const;

const fr: Record<keyof typeof en, string> = {
  "contributions.placeholder": "contributions",
};

export const contributionsMessages = { en, fr };
