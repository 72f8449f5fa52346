import type { MatrixRow } from "../authorization-matrix";
import { coordinatorOnly, everyone, type Expected } from "./personas";

// Rows of the authorization matrix for the survey builder (coordinators only) and the
// organizations' response pages. The demo seeds survey 1 (open, on the 2021 update, whose
// audience includes contributorA's and contributorB's organizations) and survey 2 (closed,
// with a response submitted by contributorA's organization). Staff belong to a federal
// department outside the audience: the response pages do not exist for them (404).
const audienceOnly: Expected = {
  ...everyone(404),
  anonymous: 302,
  contributorA: 200,
  contributorB: 200,
};

export const surveyRows: Record<string, MatrixRow> = {
  "routes/staff/survey-new": {
    url: "/en/staff/consultations/2/surveys/new",
    expected: coordinatorOnly,
  },
  "routes/staff/survey-builder": { url: "/fr/staff/surveys/1", expected: coordinatorOnly },
  "routes/staff/survey-preview": {
    url: "/en/staff/surveys/1/preview?as=fr",
    expected: coordinatorOnly,
  },
  "routes/me/survey-list": {
    url: "/en/my/surveys",
    expected: { ...everyone(200), anonymous: 302 },
  },
  "routes/me/survey-respond": { url: "/en/surveys/2", expected: audienceOnly },
  "routes/me/survey-print": { url: "/fr/surveys/2/print", expected: audienceOnly },
  "routes/resources/survey-response-docx": {
    url: "/en/surveys/2/response.docx",
    expected: { ...everyone(404), anonymous: 302, contributorA: 200 },
  },
  "routes/resources/survey-response-pdf": {
    url: "/fr/surveys/2/response.pdf",
    expected: { ...everyone(404), anonymous: 302, contributorA: 200 },
  },
};
