import type { MatrixRow } from "../authorization-matrix";

export const reviewPublicationRows: Record<string, MatrixRow> = {};
