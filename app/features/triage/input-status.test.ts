import { describe, expect, it } from "vitest";
import { canDecide, type Decision, type InputStatus } from "./input-status";

const STATUSES: InputStatus[] = [
  "draft",
  "submitted",
  "in-review",
  "accepted",
  "rejected",
  "changes-requested",
  "merged",
  "withdrawn",
];
const DECISIONS: Decision[] = ["in-review", "accepted", "rejected", "changes-requested"];
const ALLOWED = new Set([
  "submitted→in-review",
  "in-review→accepted",
  "in-review→rejected",
  "in-review→changes-requested",
  "accepted→in-review",
  "rejected→in-review",
]);

describe("canDecide", () => {
  it("allows exactly the documented transitions and refuses every other one", () => {
    for (const from of STATUSES) {
      for (const to of DECISIONS) {
        expect(canDecide(from, to), `${from}→${to}`).toBe(ALLOWED.has(`${from}→${to}`));
      }
    }
  });
});
