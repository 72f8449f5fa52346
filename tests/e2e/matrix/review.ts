import type { MatrixRow } from "../authorization-matrix";
import { reviewReaders } from "./personas";

// Drafters, approvers and coordinators read the review; moderators, admins and contributors
// are refused. (The seed gives consultation 1 its review; section 1 is its Methodology.)

export const reviewRows: Record<string, MatrixRow> = {
  "routes/staff/review-overview": { url: "/en/staff/reviews/1", expected: reviewReaders },
  "routes/staff/review-coverage": { url: "/fr/staff/reviews/1/coverage", expected: reviewReaders },
  "routes/staff/review-section": { url: "/en/staff/reviews/1/sections/1", expected: reviewReaders },
  "routes/staff/review-revisions": {
    url: "/fr/staff/reviews/1/sections/1/revisions",
    expected: reviewReaders,
  },
};
