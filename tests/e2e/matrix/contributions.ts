import type { MatrixRow } from "../authorization-matrix";
import { everyone } from "./personas";

// Rows of the authorization matrix for the contributor's routes (see ../authorization-matrix.ts).
// RT-2020-000001 belongs to a federal department: every contributor of another organization
// gets 404 (it does not exist for them), and staff have no "own inputs" role.
const ownOnly = { ...everyone(404), anonymous: 302 };
const contributorsOnly = { ...everyone(403), anonymous: 302, contributorA: 200, contributorB: 200 };

export const contributionsRows: Record<string, MatrixRow> = {
  "routes/me/inputs": { url: "/en/my/inputs", expected: { ...everyone(200), anonymous: 302 } },
  "routes/me/input": { url: "/en/my/inputs/RT-2020-000001", expected: ownOnly },
  "routes/me/input-receipt": { url: "/en/my/inputs/RT-2020-000001/receipt", expected: ownOnly },
  "routes/me/input-translation": {
    url: "/en/my/inputs/RT-2020-000001/other-language",
    expected: ownOnly,
  },
  "routes/me/practice-new": {
    url: "/en/consultations/2021-update/practices/new",
    expected: contributorsOnly,
  },
  "routes/me/objective-comment-new": {
    url: "/en/consultations/2021-update/objectives/7/comments/new",
    expected: contributorsOnly,
  },
  "routes/resources/attachment-download": {
    url: "/en/my/inputs/RT-2020-000001/attachments/1",
    expected: ownOnly,
  },
};
