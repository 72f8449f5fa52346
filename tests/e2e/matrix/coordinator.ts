import type { MatrixRow } from "../authorization-matrix";

// Rows of the authorization matrix for the coordinator routes (see ../authorization-matrix.ts);
// shorthands for expected statuses are in ./personas.ts.
export const coordinatorRows: Record<string, MatrixRow> = {};
