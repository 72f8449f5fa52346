import type { MatrixRow } from "../authorization-matrix";
import { everyone, signedIn, type Expected } from "./personas";

// Exports, publication and comments on the draft (issue 8). The public review and the draft
// are asked for a slug that has no consultation (404 whoever asks; the draft first wants a
// signed-in person); exports for consultation 999999, which does not exist (404 to those who
// may export, 403 to other staff). The staff pages of consultation 1 answer whether or not its
// review exists yet.
const reviewStaff = (allowed: number): Expected => ({
  anonymous: 302,
  contributorA: 403,
  contributorB: 403,
  coordinator: 403,
  moderator: 403,
  drafter: allowed,
  approver: allowed,
  admin: 403,
});

export const reviewPublicationRows: Record<string, MatrixRow> = {
  "routes/public/review": { url: "/en/reviews/no-such-review", expected: everyone(404) },
  "routes/public/review-draft": {
    url: "/en/reviews/no-such-review/draft",
    expected: signedIn(404),
  },
  "routes/staff/review-publication": {
    url: "/en/staff/reviews/1/publication",
    expected: reviewStaff(200),
  },
  "routes/staff/review-comments": {
    url: "/fr/staff/reviews/1/comments",
    expected: { ...reviewStaff(200), approver: 403 },
  },
  "routes/resources/review-export-docx": {
    url: "/en/staff/reviews/999999/export.docx?lang=fr",
    expected: reviewStaff(404),
  },
  "routes/resources/review-export-pdf": {
    url: "/en/staff/reviews/999999/export.pdf",
    expected: reviewStaff(404),
  },
  "routes/resources/review-export-html": {
    url: "/fr/staff/reviews/999999/export.html?lang=en",
    expected: reviewStaff(404),
  },
};
