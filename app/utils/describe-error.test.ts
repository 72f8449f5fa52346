import { describe, expect, it } from "vitest";
import { describeError } from "./describe-error";

describe("describeError", () => {
  it("keeps a failed query's parameters (what people typed) out of the log", () => {
    const cause = Object.assign(new Error("duplicate key value violates unique constraint"), {
      code: "23505",
    });
    const error = new Error(
      "Failed query: insert into input_texts values ($1)\nparams: my secret canary text",
      { cause },
    );
    const logged = JSON.stringify(describeError(error));
    expect(logged).not.toContain("canary");
    expect(logged).toContain("23505");
  });

  it("describes other errors with their message", () => {
    expect(describeError(new TypeError("boom"))).toMatchObject({
      name: "TypeError",
      message: "boom",
    });
  });
});
