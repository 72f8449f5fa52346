import type { MatrixRow } from "../authorization-matrix";

export const surveyRows: Record<string, MatrixRow> = {};
