import { describe, expect, it } from "vitest";
import {
  checkTransition,
  CONSULTATION_STATUSES,
  effectiveStatus,
} from "../../app/features/consultations/consultation-status";
import { readInviteeCsv, parseCsv } from "../../app/features/consultations/invitee-csv";
import {
  torontoLocalToUtc,
  utcToTorontoLocal,
} from "../../app/features/consultations/toronto-time";

describe("the consultation state machine", () => {
  const context = {
    now: new Date("2026-05-01T12:00:00Z"),
    closesAt: new Date("2026-06-01T21:00:00Z"),
  };
  const legal = new Set(["draft>open", "open>closed", "closed>in-review", "in-review>published"]);

  it("allows exactly one step forward and refuses every other transition", () => {
    for (const from of CONSULTATION_STATUSES)
      for (const to of CONSULTATION_STATUSES) {
        const verdict = checkTransition(from, to, context);
        if (legal.has(`${from}>${to}`)) expect(verdict, `${from} → ${to}`).toEqual({ ok: true });
        else
          expect(verdict, `${from} → ${to}`).toEqual({ ok: false, reason: "illegal-transition" });
      }
  });

  it("refuses to open once the closing time has passed, by the clock it is given", () => {
    const late = { now: new Date("2026-06-01T21:00:00Z"), closesAt: context.closesAt };
    expect(checkTransition("draft", "open", late)).toEqual({
      ok: false,
      reason: "closes-at-passed",
    });
    expect(checkTransition("open", "closed", late)).toEqual({ ok: true });
  });

  it("treats an open consultation past its closing time as closed", () => {
    expect(effectiveStatus("open", context.closesAt, new Date("2026-06-01T20:59:59Z"))).toBe(
      "open",
    );
    expect(effectiveStatus("open", context.closesAt, new Date("2026-06-01T21:00:00Z"))).toBe(
      "closed",
    );
    expect(effectiveStatus("draft", context.closesAt, new Date("2027-01-01T00:00:00Z"))).toBe(
      "draft",
    );
  });
});

describe("Toronto time", () => {
  it("converts winter (EST, UTC−5) and summer (EDT, UTC−4) times", () => {
    expect(torontoLocalToUtc("2026-01-15T09:00")?.toISOString()).toBe("2026-01-15T14:00:00.000Z");
    expect(torontoLocalToUtc("2026-07-15T17:00")?.toISOString()).toBe("2026-07-15T21:00:00.000Z");
  });

  it("handles the day daylight time starts (8 March 2026) and its missing hour", () => {
    expect(torontoLocalToUtc("2026-03-08T01:59")?.toISOString()).toBe("2026-03-08T06:59:00.000Z");
    expect(torontoLocalToUtc("2026-03-08T03:00")?.toISOString()).toBe("2026-03-08T07:00:00.000Z");
    // 02:30 does not exist that night: read forward to 03:30 EDT.
    expect(torontoLocalToUtc("2026-03-08T02:30")?.toISOString()).toBe("2026-03-08T07:30:00.000Z");
  });

  it("handles the day daylight time ends (1 November 2026): the repeated hour is the first one", () => {
    expect(torontoLocalToUtc("2026-11-01T00:30")?.toISOString()).toBe("2026-11-01T04:30:00.000Z");
    expect(torontoLocalToUtc("2026-11-01T01:30")?.toISOString()).toBe("2026-11-01T05:30:00.000Z");
    expect(torontoLocalToUtc("2026-11-01T02:30")?.toISOString()).toBe("2026-11-01T07:30:00.000Z");
  });

  it("reads back what it wrote and refuses malformed values", () => {
    for (const value of [
      "2026-01-15T09:00",
      "2026-07-15T17:00",
      "2026-11-01T01:30",
      "2024-02-29T23:59",
    ])
      expect(utcToTorontoLocal(torontoLocalToUtc(value)!)).toBe(value);
    for (const value of [
      "",
      "2026-02-30T10:00",
      "2026-13-01T10:00",
      "2026-01-01 10:00",
      "2026-01-01T24:00",
    ])
      expect(torontoLocalToUtc(value)).toBeNull();
  });
});

describe("reading a contact CSV", () => {
  const categories = [
    {
      id: 5,
      key: "civil-society-organization",
      nameEn: "Civil society organization",
      nameFr: "Organisation de la société civile",
    },
  ];
  const header = "email,name,organization,stakeholder_category,province_territory,language";

  it("reports a bad row with its errors and keeps the others", () => {
    const reading = readInviteeCsv(
      [
        header,
        "Ana@Example.org,Ana,Maple,civil-society-organization,ON,en",
        "not-an-email,,Maple,unknown,XX,de",
        'bo@example.org,"Bo, Jr.",Maple,Organisation de la societe civile,qc,Français',
        "ana@example.org,Ana again,Maple,civil-society-organization,ON,en",
      ].join("\r\n"),
      categories,
    );
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    const [ana, bad, bo, duplicate] = reading.rows;
    expect(ana!.contact).toMatchObject({
      email: "ana@example.org",
      stakeholder_category: 5,
      language: "en",
    });
    expect(bad!.contact).toBeNull();
    expect(bad!.errors.map((e) => e.column).sort()).toEqual(
      ["email", "language", "name", "province_territory", "stakeholder_category"].sort(),
    );
    expect(bo!.contact).toMatchObject({
      name: "Bo, Jr.",
      province_territory: "QC",
      language: "fr",
    });
    expect(duplicate!.errors).toEqual([
      { column: "email", message: "consultations.csv.error.duplicate" },
    ]);
  });

  it("keeps formula-looking cells as plain text", () => {
    const reading = readInviteeCsv(
      `${header}\nx@example.org,=HYPERLINK("http://evil"),+Org,civil-society-organization,national,`,
      categories,
    );
    expect(reading.ok && reading.rows[0]!.contact).toMatchObject({
      name: '=HYPERLINK("http://evil")',
      organization: "+Org",
      language: null,
    });
  });

  it("refuses files without the columns, too many rows, or too many bytes", () => {
    expect(readInviteeCsv("email,name\nx@example.org,X", categories)).toMatchObject({
      ok: false,
      error: "missingColumns",
    });
    const row = "x@example.org,X,Org,civil-society-organization,ON,en";
    expect(readInviteeCsv([header, ...Array(2001).fill(row)].join("\n"), categories)).toEqual({
      ok: false,
      error: "tooManyRows",
    });
    expect(readInviteeCsv(`${header}\n${"a".repeat(1024 * 1024)}`, categories)).toEqual({
      ok: false,
      error: "tooLarge",
    });
  });

  it("parses quoted fields with commas, quotes and line breaks", () => {
    expect(parseCsv('a,"b ""c"", d","e\nf"\n\n1,2,3')).toEqual([
      ["a", 'b "c", d', "e\nf"],
      ["1", "2", "3"],
    ]);
  });
});

describe("the forms' parsing", () => {
  it("reads an uploaded CSV file before the text area, and refuses an oversized body unread", async () => {
    const { readImportForm } = await import("../../app/features/consultations/invitees.server");
    const form = new FormData();
    form.set("intent", "send");
    form.set("csv", "");
    form.set("file", new File(["email,name\n"], "contacts.csv", { type: "text/csv" }));
    const request = new Request("http://localhost/en/x", { method: "POST", body: form });
    expect(await readImportForm(request)).toEqual({ intent: "send", csv: "email,name\n" });
    const huge = new Request("http://localhost/en/x", {
      method: "POST",
      body: "csv=x",
      headers: {
        "Content-Length": String(5 * 1024 * 1024),
        "Content-Type": "application/x-www-form-urlencoded",
      },
    });
    expect(await readImportForm(huge)).toEqual({ error: "tooLarge" });
  });

  it("turns the consultation form into typed values, times read in Toronto", async () => {
    const { parseWithZod } = await import("@conform-to/zod/v4");
    const { ConsultationFieldsSchema } =
      await import("../../app/features/consultations/consultations.schema");
    const form = new FormData();
    for (const [name, value] of [
      ["titleEn", " Title "],
      ["titleFr", "Titre"],
      ["descriptionEn", "D"],
      ["descriptionFr", "D"],
      ["type", "annual-update"],
      ["coversFrom", "2026-01-01"],
      ["coversTo", "2026-12-31"],
      ["opensAt", "2026-03-08T09:00"],
      ["closesAt", "2026-11-01T17:00"],
      ["audiencePublic", "on"],
      ["categoryIds", "3"],
      ["components", "survey"],
      ["components", "call-for-practices"],
      ["status", "published"],
    ])
      form.append(name!, value!);
    const submission = parseWithZod(form, { schema: ConsultationFieldsSchema });
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    expect(submission.value).toMatchObject({
      titleEn: "Title",
      audiencePublic: true,
      categoryIds: [3],
      organizationIds: [],
      components: ["survey", "call-for-practices"],
    });
    expect(submission.value.opensAt.toISOString()).toBe("2026-03-08T13:00:00.000Z");
    expect(submission.value.closesAt.toISOString()).toBe("2026-11-01T22:00:00.000Z");
    expect("status" in submission.value).toBe(false);

    form.set("closesAt", "2026-01-01T00:00");
    form.delete("components");
    const refused = parseWithZod(form, { schema: ConsultationFieldsSchema });
    expect(refused.status).toBe("error");
    if (refused.status !== "error") return;
    expect(refused.error).toMatchObject({
      closesAt: ["consultations.form.closesBeforeOpens"],
      components: ["consultations.form.chooseComponent"],
    });
  });
});
