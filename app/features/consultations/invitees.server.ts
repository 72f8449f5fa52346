import type { Database } from "../../../db/client";
import { recordAudit } from "../../../db/queries/audit";
import {
  findConsultationForStaff,
  findUsersByEmails,
  insertInvitee,
  insertOrganization,
  listOrganizationsForMatching,
  listStakeholderCategories,
  organizationSlugTaken,
} from "../../../db/queries/consultations-admin";
import type { Locale } from "~/i18n/locale";
import { invitePerson } from "../accounts/invitations.server";
import { can, type Actor } from "../accounts/permissions";
import { bilingual } from "../practices/localized-text";
import { slugify } from "./consultations-admin.server";
import { foldName, MAX_CSV_BYTES, readInviteeCsv, type CsvReading } from "./invitee-csv";

/** A multipart body carrying a 1 MB file and its text twin stays under this. */
const MAX_IMPORT_BODY_BYTES = 2 * MAX_CSV_BYTES + 64 * 1024;

export type ImportIntent = "preview" | "send";

/**
 * The invitee form: `intent` and the CSV, from the uploaded file when there is one, else
 * from the text area. Oversized bodies are refused before they are read.
 */
export async function readImportForm(
  request: Request,
): Promise<{ intent: ImportIntent; csv: string } | { error: "tooLarge" | "noCsv" }> {
  const length = Number(request.headers.get("Content-Length") ?? "0");
  if (length > MAX_IMPORT_BODY_BYTES) return { error: "tooLarge" };
  const form = await request.formData();
  const intent: ImportIntent = form.get("intent") === "send" ? "send" : "preview";
  const file = form.get("file");
  if (file && typeof file !== "string" && file.size > 0) {
    if (file.size > MAX_CSV_BYTES) return { error: "tooLarge" };
    return { intent, csv: await file.text() };
  }
  const text = form.get("csv");
  if (typeof text !== "string" || text.trim() === "") return { error: "noCsv" };
  return { intent, csv: text };
}

async function categoryChoices(db: Database) {
  return listStakeholderCategories(db);
}

function organizationIndex(rows: Array<{ id: number; nameEn: string; nameFr: string }>) {
  const index = new Map<string, number>();
  for (const row of rows) {
    index.set(foldName(row.nameEn), row.id);
    if (!index.has(foldName(row.nameFr))) index.set(foldName(row.nameFr), row.id);
  }
  return index;
}

export interface PreviewRow {
  line: number;
  cells: Record<string, string>;
  errors: Array<{ column: string | null; message: string }>;
  person: "existing" | "new" | null;
  organization: "existing" | "new" | null;
  category: string | null;
}

export type ImportPreview =
  | { ok: true; csv: string; rows: PreviewRow[]; valid: number; invalid: number }
  | { ok: false; error: Exclude<CsvReading, { ok: true }>["error"]; missing: string[] };

/** What an import would do, row by row, without changing anything. */
export async function previewInvitees(
  db: Database,
  locale: Locale,
  csv: string,
): Promise<ImportPreview> {
  const categories = await categoryChoices(db);
  const reading = readInviteeCsv(csv, categories);
  if (!reading.ok) return { ok: false, error: reading.error, missing: reading.missing ?? [] };
  const emails = reading.rows.flatMap((row) => (row.contact ? [row.contact.email] : []));
  const [people, organizations] = await Promise.all([
    findUsersByEmails(db, emails),
    listOrganizationsForMatching(db),
  ]);
  const known = new Set(people.map((p) => p.email.toLowerCase()));
  const organizationIds = organizationIndex(organizations);
  const categoryName = new Map(categories.map((c) => [c.id, bilingual(c, "name", locale)]));
  const rows = reading.rows.map((row) => ({
    line: row.line,
    cells: row.cells,
    errors: row.errors,
    person: row.contact
      ? known.has(row.contact.email)
        ? ("existing" as const)
        : ("new" as const)
      : null,
    organization: row.contact
      ? organizationIds.has(foldName(row.contact.organization))
        ? ("existing" as const)
        : ("new" as const)
      : null,
    category: row.contact ? (categoryName.get(row.contact.stakeholder_category) ?? null) : null,
  }));
  const valid = rows.filter((row) => row.errors.length === 0).length;
  return { ok: true, csv, rows, valid, invalid: rows.length - valid };
}

export interface ImportCounts {
  rows: number;
  invalid: number;
  organizationsMatched: number;
  organizationsCreated: number;
  existingPeopleAdded: number;
  alreadyInvited: number;
  invitationsSent: number;
  invitationsRefused: number;
}

async function uniqueOrganizationSlug(db: Database, name: string) {
  const base = slugify(name);
  if (!(await organizationSlugTaken(db, base))) return base;
  for (let n = 2; ; n++)
    if (!(await organizationSlugTaken(db, `${base}-${n}`))) return `${base}-${n}`;
}

/**
 * Imports the valid rows: organizations and people are matched (by folded name, by e-mail)
 * before anything is created. People with an account become invitees at once; people
 * without one get an account invitation, in their language, to the row's organization.
 */
export async function importInvitees(
  db: Database,
  actor: Actor,
  consultationId: number,
  csv: string,
  context: { publicUrl: string; ip: string | null; now: Date },
): Promise<
  | { ok: true; value: ImportCounts }
  | { ok: false; errors: Array<"forbidden" | "notFound" | "invalidFile"> }
> {
  if (!can(actor, "manage:consultation") || !can(actor, "invite:contributor"))
    return { ok: false, errors: ["forbidden"] };
  if (!(await findConsultationForStaff(db, consultationId)))
    return { ok: false, errors: ["notFound"] };
  const reading = readInviteeCsv(csv, await categoryChoices(db));
  if (!reading.ok) return { ok: false, errors: ["invalidFile"] };
  const contacts = reading.rows.flatMap((row) => (row.contact ? [row.contact] : []));
  const counts: ImportCounts = {
    rows: reading.rows.length,
    invalid: reading.rows.length - contacts.length,
    organizationsMatched: 0,
    organizationsCreated: 0,
    existingPeopleAdded: 0,
    alreadyInvited: 0,
    invitationsSent: 0,
    invitationsRefused: 0,
  };
  const newPeople = await db.transaction(async (tx) => {
    const organizationIds = organizationIndex(await listOrganizationsForMatching(tx));
    // Each organization counts once, as matched or as created by this import.
    const counted = new Set<number>();
    const people = new Map(
      (
        await findUsersByEmails(
          tx,
          contacts.map((c) => c.email),
        )
      ).map((p) => [p.email.toLowerCase(), p.id]),
    );
    const pending: Array<(typeof contacts)[number] & { organizationId: number }> = [];
    for (const contact of contacts) {
      const key = foldName(contact.organization);
      let organizationId = organizationIds.get(key);
      if (organizationId === undefined) {
        organizationId = await insertOrganization(tx, {
          slug: await uniqueOrganizationSlug(tx, contact.organization),
          name: contact.organization,
          stakeholderCategoryId: contact.stakeholder_category,
          jurisdiction: contact.province_territory,
        });
        organizationIds.set(key, organizationId);
        counted.add(organizationId);
        counts.organizationsCreated++;
      } else if (!counted.has(organizationId)) {
        counted.add(organizationId);
        counts.organizationsMatched++;
      }
      const userId = people.get(contact.email);
      if (userId === undefined) {
        pending.push({ ...contact, organizationId });
        continue;
      }
      const added = await insertInvitee(tx, {
        consultationId,
        userId,
        organizationId,
        invitedBy: actor.userId,
      });
      if (added) counts.existingPeopleAdded++;
      else counts.alreadyInvited++;
    }
    return pending;
  });
  // Each invitation commits with its own e-mail; one refused (rate limit) leaves the others.
  // Their ids go in the audit event: until invitees can be pending (see the report), that is
  // what ties an account invitation to this consultation.
  const invitationIds: number[] = [];
  for (const person of newPeople) {
    const result = await invitePerson(
      db,
      actor,
      {
        email: person.email,
        name: person.name,
        organizationId: person.organizationId,
        roles: ["contributor"],
        language: person.language,
      },
      context,
    );
    if (result.ok) {
      counts.invitationsSent++;
      invitationIds.push(result.invitationId);
      await insertInvitee(db, {
        consultationId,
        userId: null,
        invitationId: result.invitationId,
        organizationId: person.organizationId,
        invitedBy: actor.userId,
      });
    } else counts.invitationsRefused++;
  }
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: "consultation.invitees-imported",
    subjectType: "consultation",
    subjectId: consultationId,
    ip: context.ip,
    details: { ...counts, invitationIds },
  });
  return { ok: true, value: counts };
}
