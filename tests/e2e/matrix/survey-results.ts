import type { MatrixRow } from "../authorization-matrix";

export const surveyResultsRows: Record<string, MatrixRow> = {};
