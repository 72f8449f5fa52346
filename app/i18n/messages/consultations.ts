// Messages of the consultations pages.
const en = {
  "consultations.placeholder": "consultations",
} as const;

const fr: Record<keyof typeof en, string> = {
  "consultations.placeholder": "consultations",
};

export const consultationsMessages = { en, fr };
