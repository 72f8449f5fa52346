// Messages of the repository pages.
const en = {
  "repository.placeholder": "repository",
} as const;

const fr: Record<keyof typeof en, string> = {
  "repository.placeholder": "repository",
};

export const repositoryMessages = { en, fr };
