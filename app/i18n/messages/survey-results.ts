// Messages of the survey results and exports (staff).
const en = {} as const;

const fr: Record<keyof typeof en, string> = {};

export const surveyResultsMessages = { en, fr };
