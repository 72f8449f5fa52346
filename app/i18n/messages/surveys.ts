// Messages of the survey builder and the response pages (organizations).
const en = {} as const;

const fr: Record<keyof typeof en, string> = {};

export const surveysMessages = { en, fr };
