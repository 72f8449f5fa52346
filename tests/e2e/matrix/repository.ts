import type { MatrixRow } from "../authorization-matrix";
import { everyone } from "./personas";

// Rows of the authorization matrix for the repository routes (see ../authorization-matrix.ts);
// shorthands for expected statuses are in ./personas.ts. Published data is open to everyone;
// an unknown or unpublished reference answers 404 (tests/e2e/visitor-searches-practices.spec.ts).
export const repositoryRows: Record<string, MatrixRow> = {
  "routes/public/practices": {
    url: "/en/practices?objective=7&q=migrants",
    expected: everyone(200),
  },
  "routes/resources/practices-csv": {
    url: "/fr/practices/open-data.csv?objective=7",
    expected: everyone(200),
  },
  "routes/resources/practices-json": {
    url: "/en/practices/open-data.json",
    expected: everyone(200),
  },
  "routes/resources/practice-hub-json": {
    url: "/en/practices/RT-2020-000001/hub.json",
    expected: everyone(200),
  },
  "routes/resources/practice-hub-docx": {
    url: "/fr/practices/RT-2020-000001/hub.docx",
    expected: everyone(200),
  },
};
