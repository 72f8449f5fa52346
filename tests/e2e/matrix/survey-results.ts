import type { MatrixRow } from "../authorization-matrix";
import { staffOnly, type Expected } from "./personas";

// Survey results and exports: coordinators only ("manage:consultation"). The sample survey
// does not exist, so the one persona let through gets 404 and everyone else is refused
// before the survey is looked up (tests/e2e/coordinator-reads-survey-results.spec.ts reads
// a real one).
const coordinatorOnlyMissing: Expected = {
  ...staffOnly,
  coordinator: 404,
  moderator: 403,
  drafter: 403,
  approver: 403,
  admin: 403,
};

export const surveyResultsRows: Record<string, MatrixRow> = {
  "routes/staff/survey-results": {
    url: "/en/staff/surveys/999999/results",
    expected: coordinatorOnlyMissing,
  },
  "routes/resources/survey-results-csv": {
    url: "/fr/staff/surveys/999999/results.csv?lang=en",
    expected: coordinatorOnlyMissing,
  },
  "routes/resources/survey-answers-csv": {
    url: "/en/staff/surveys/999999/answers.csv",
    expected: coordinatorOnlyMissing,
  },
};
