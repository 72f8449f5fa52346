import type { MatrixRow } from "../authorization-matrix";

export const reviewRows: Record<string, MatrixRow> = {};
