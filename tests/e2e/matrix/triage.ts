import type { MatrixRow } from "../authorization-matrix";
import { adminOnly, everyone } from "./personas";

// Only moderators triage; every other person, contributors included, is refused.
const moderatorsOnly = { ...everyone(403), anonymous: 302, moderator: 200 };

export const triageRows: Record<string, MatrixRow> = {
  "routes/staff/triage-queue": { url: "/en/staff/triage", expected: moderatorsOnly },
  // Admins only: the acceptance rate of objective suggestions.
  "routes/staff/triage-suggestion-rates": {
    url: "/en/staff/triage/suggestion-rates",
    expected: adminOnly,
  },
  "routes/staff/triage-item": { url: "/en/staff/triage/RT-2020-000001", expected: moderatorsOnly },
  // Moderators may download; that input has no attachment 1, so even they get 404.
  "routes/resources/staff-attachment-download": {
    url: "/en/staff/triage/RT-2020-000001/attachments/1",
    expected: { ...moderatorsOnly, moderator: 404 },
  },
};
