import type { MatrixRow } from "../authorization-matrix";
import { coordinatorOnly, staffOnly } from "./personas";

// Rows of the authorization matrix for the coordinator routes (see ../authorization-matrix.ts);
// shorthands for expected statuses are in ./personas.ts. Only coordinators hold
// "manage:consultation": other staff, administrators included, are refused.

export const coordinatorRows: Record<string, MatrixRow> = {
  "routes/staff/consultations": { url: "/en/staff/consultations", expected: coordinatorOnly },
  "routes/staff/consultation-new": {
    url: "/fr/staff/consultations/new",
    expected: coordinatorOnly,
  },
  "routes/staff/consultation": { url: "/en/staff/consultations/1", expected: coordinatorOnly },
  "routes/staff/consultation-invitees": {
    url: "/en/staff/consultations/1/invitees",
    expected: coordinatorOnly,
  },
  "routes/staff/consultation-uptake": {
    url: "/fr/staff/consultations/1/uptake",
    expected: coordinatorOnly,
  },
  // The input export: moderators, coordinators and administrators ("export:inputs").
  "routes/resources/consultation-inputs-csv": {
    url: "/en/staff/consultations/1/inputs.csv?lang=fr",
    expected: { ...staffOnly, drafter: 403, approver: 403 },
  },
};
