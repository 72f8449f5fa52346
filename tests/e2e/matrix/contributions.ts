import type { MatrixRow } from "../authorization-matrix";

// Rows of the authorization matrix for the contributions routes (see ../authorization-matrix.ts);
// shorthands for expected statuses are in ./personas.ts.
export const contributionsRows: Record<string, MatrixRow> = {};
