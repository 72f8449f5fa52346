import postgres from "postgres";
import { DEMO_PASSWORD } from "../../../seeds/data/people";
import { databaseUrl, POSTGRES_URL } from "../../setup/test-database";
import type { MatrixObjects } from "./objects";
import type { VariantLabel } from "./variants";

// "Denied requests change nothing": for every route with an action, the forms that action
// handles (its intents, filled in as a person allowed to would), posted by every persona the
// matrix refuses, to the URLs listed in `on` ("row" is the route's row in
// ../authorization-matrix.ts; the labels are its object-level variants in ./variants.ts).
// Before and after, the spec reads the rows those URLs name (`scope`) straight from the e2e
// database and compares them: never a global snapshot, since other specs write in parallel.

export type Form = Record<string, string | string[] | undefined>;

export interface Scope {
  consultationIds?: number[];
  surveyIds?: number[];
  inputReferences?: string[];
  userIds?: number[];
  emails?: string[];
  /** consultations or surveys that a refused "create" would have made, by English title */
  titles?: string[];
  /** the refused persona's own saved triage views */
  personaViews?: boolean;
}

export interface DeniedAction {
  on: ("row" | VariantLabel)[];
  forms: (o: MatrixObjects) => Form[];
  scope: (o: MatrixObjects) => Scope;
}

const TITLE = "Refused by the authorization matrix";
const fixture = (o: MatrixObjects): Scope => ({
  consultationIds: [o.consultation.id],
  surveyIds: [o.survey],
  inputReferences: [o.inputA.reference, o.inputB.reference],
});
const consultationFields = {
  titleEn: TITLE,
  titleFr: TITLE,
  descriptionEn: "Nothing",
  descriptionFr: "Rien",
  type: "annual-update",
  coversFrom: "2026-01-01",
  coversTo: "2026-12-31",
  opensAt: "2026-01-01T09:00",
  closesAt: "2026-12-31T17:00",
  categoryIds: "1",
  components: "call-for-practices",
};
const practiceFields = (o: MatrixObjects) => ({
  language: "en",
  title: TITLE,
  summary: "Changed by someone refused.",
  description: "Changed by someone refused.",
  objectives: "3",
  scope: "national",
  consent: "private",
  version: "1",
  submitKey: "a".repeat(32),
  otherReference: o.inputB.reference,
});

export const DENIED_ACTIONS: Record<string, DeniedAction> = {
  "routes/public/review-draft": {
    on: ["row", "another-consultation"],
    forms: (o) => [{ target: String(o.sectionId), comment: TITLE, submitKey: "b".repeat(32) }],
    scope: fixture,
  },
  "routes/auth/accept-invitation": {
    on: ["row"],
    forms: () => [{ name: TITLE, language: "en", password: "a-long-enough-password-2026" }],
    scope: () => ({ titles: [TITLE] }),
  },
  "routes/auth/two-factor-setup": {
    on: ["row"],
    forms: () => [{ code: "123456" }],
    scope: () => ({}),
  },
  "routes/auth/two-factor-verify": {
    on: ["row"],
    forms: () => [{ code: "123456" }],
    scope: () => ({}),
  },
  "routes/me/account": {
    on: ["row"],
    forms: () => [
      { intent: "profile", name: TITLE, language: "fr" },
      { intent: "password", currentPassword: DEMO_PASSWORD, newPassword: "another-password-2026" },
      { intent: "emails", reminders: "on" },
    ],
    scope: () => ({ titles: [TITLE] }),
  },
  "routes/me/notifications": { on: ["row"], forms: () => [{}], scope: () => ({}) },
  "routes/staff/triage-queue": {
    on: ["row"],
    forms: (o) => [
      { intent: "save-view", name: TITLE },
      { intent: "status-selected", references: [o.inputA.reference], to: "accepted" },
      {
        intent: "tag-selected",
        references: [o.inputA.reference, o.inputB.reference],
        tagObjectives: "3",
        tagFree: "refused",
      },
      { intent: "assign-selected", references: [o.inputA.reference], assigneeUserId: "3" },
    ],
    scope: (o) => ({ ...fixture(o), personaViews: true }),
  },
  "routes/staff/triage-item": {
    on: ["another-consultation"],
    forms: () => [
      { intent: "note", body: TITLE },
      { intent: "tags", version: "1", objectives: "3", tags: "refused", visibility: "internal" },
      { intent: "suggestion", objective: "7", decision: "dismissed" },
      { to: "accepted", version: "1" },
      { to: "rejected", version: "1", reasonCode: "out-of-scope", message: TITLE },
    ],
    scope: fixture,
  },
  "routes/staff/consultation-new": {
    on: ["row"],
    forms: () => [consultationFields],
    scope: () => ({ titles: [TITLE] }),
  },
  "routes/staff/consultation": {
    on: ["another-consultation"],
    forms: () => [
      { intent: "transition", to: "closed" },
      { intent: "save", ...consultationFields },
    ],
    scope: fixture,
  },
  "routes/staff/consultation-invitees": {
    on: ["another-consultation"],
    forms: () => [
      {
        intent: "send",
        csv: "email,name,organization,language\nrefused-invitee@example.org,Refused,Maple Settlement Network,en\n",
      },
    ],
    scope: (o) => ({ ...fixture(o), emails: ["refused-invitee@example.org"] }),
  },
  "routes/staff/consultation-uptake": {
    on: ["another-consultation"],
    forms: () => [{ intent: "remind" }],
    scope: fixture,
  },
  "routes/staff/survey-results": {
    on: ["another-consultation"],
    forms: () => [{ intent: "remind" }],
    scope: fixture,
  },
  "routes/staff/review-overview": {
    on: ["another-consultation"],
    forms: (o) => [
      { intent: "add", titleEn: TITLE, titleFr: TITLE },
      { intent: "rename", sectionId: String(o.sectionId), titleEn: TITLE, titleFr: TITLE },
      { intent: "down", sectionId: String(o.sectionId) },
      { intent: "submit", version: "1" },
    ],
    scope: fixture,
  },
  "routes/staff/review-section": {
    on: ["another-consultation"],
    forms: () => [
      { intent: "save", revision: "0", bodyEn: TITLE, bodyFr: TITLE },
      { intent: "markCurrent", revision: "0" },
    ],
    scope: fixture,
  },
  "routes/staff/review-revisions": {
    on: ["another-consultation"],
    forms: () => [{ revision: "1", current: "0" }],
    scope: fixture,
  },
  "routes/staff/review-publication": {
    on: ["another-consultation"],
    forms: () => [{ intent: "publish" }],
    scope: fixture,
  },
  "routes/staff/review-comments": {
    on: ["another-consultation"],
    forms: (o) => [
      { intent: "comments-open", open: "true" },
      { intent: "resolve", reference: o.inputA.reference, resolution: "accepted", reply: TITLE },
    ],
    scope: fixture,
  },
  "routes/staff/survey-new": {
    on: ["another-consultation"],
    forms: () => [{ titleEn: TITLE, titleFr: TITLE, closesAt: "2026-12-31T17:00" }],
    scope: (o) => ({ ...fixture(o), titles: [TITLE] }),
  },
  "routes/staff/survey-builder": {
    on: ["another-consultation"],
    forms: () => [
      {
        intent: "updateSurvey",
        version: "1",
        titleEn: TITLE,
        titleFr: TITLE,
        closesAt: "2026-12-31T17:00",
      },
      { intent: "addSection", version: "1", titleEn: TITLE, titleFr: TITLE },
    ],
    scope: fixture,
  },
  "routes/me/input": {
    on: ["own-organization", "another-organization"],
    forms: (o) => [
      { intent: "save", ...practiceFields(o) },
      { intent: "submit", ...practiceFields(o) },
      { intent: "withdraw" },
    ],
    scope: fixture,
  },
  "routes/me/input-translation": {
    on: ["own-organization", "another-organization"],
    forms: (o) => [{ otherReference: o.inputB.reference }, { otherReference: o.inputA.reference }],
    scope: fixture,
  },
  "routes/me/survey-respond": {
    on: ["row", "another-consultation"],
    forms: () => [
      { intent: "save", version: "0" },
      { intent: "submit", version: "0" },
    ],
    scope: fixture,
  },
  "routes/me/practice-new": {
    on: ["another-consultation"],
    forms: (o) => [
      { intent: "submit", ...practiceFields(o), submitKey: "c".repeat(32) },
      { intent: "save", ...practiceFields(o), submitKey: "d".repeat(32) },
    ],
    scope: fixture,
  },
  "routes/me/objective-comment-new": {
    on: ["another-consultation"],
    forms: () => [
      { comment: TITLE, language: "en", consent: "attributed", submitKey: "e".repeat(32) },
    ],
    scope: fixture,
  },
  "routes/admin/person": {
    on: ["row"],
    forms: () => [
      { intent: "roles", roles: ["admin", "coordinator"] },
      { intent: "add-membership", organizationId: "1" },
      { intent: "deactivate" },
      { intent: "reset-two-factor" },
    ],
    scope: (o) => ({ userIds: [o.person.id] }),
  },
  "routes/admin/invite": {
    on: ["row"],
    forms: () => [
      { email: "refused-invite@example.org", name: TITLE, roles: "admin", language: "en" },
      { email: "refused-invite@example.org", name: TITLE, roles: "contributor", language: "en" },
    ],
    scope: () => ({ emails: ["refused-invite@example.org"], titles: [TITLE] }),
  },
  "routes/admin/deliveries": {
    on: ["row"],
    forms: (o) => [{ intent: "retry", messageId: String(o.failedEmail) }],
    scope: (o) => ({ userIds: [o.person.id] }),
  },
};

/** The e2e server's database (tests/setup/e2e-server.ts names it after the port). */
export function e2eSql() {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const name = port === 3100 ? "roundtable_e2e" : `roundtable_e2e_${port}`;
  return postgres(databaseUrl(POSTGRES_URL, name), { max: 8, onnotice: () => {} });
}

/** Every row the scope names, as JSON, in a stable order. */
export async function snapshot(sql: postgres.Sql, scope: Scope, personaUserId: number | null) {
  const C = scope.consultationIds ?? [];
  const inputIds = (
    await sql<{ id: number }[]>`
      select id from inputs
      where reference = any(${scope.inputReferences ?? []}::text[]) or consultation_id = any(${C}::int[])`
  ).map((row) => row.id);
  const S = (
    await sql<{ id: number }[]>`
      select id from surveys
      where id = any(${scope.surveyIds ?? []}::int[]) or consultation_id = any(${C}::int[])`
  ).map((row) => row.id);
  const U = scope.userIds ?? [];
  const E = scope.emails ?? [];
  const T = scope.titles ?? [];
  const rows = (query: Promise<{ row: unknown }[]>) => query.then((r) => r.map((x) => x.row));
  const subjects = [
    ...inputIds.map((id) => `input:${id}`),
    ...C.map((id) => `consultation:${id}`),
    ...S.map((id) => `survey:${id}`),
    ...U.map((id) => `user:${id}`),
  ];
  return {
    consultations: await rows(sql`
      select row_to_json(t) as row from consultations t
      where id = any(${C}::int[]) or title_en = any(${T}::text[]) order by id`),
    consultationParts: await rows(sql`
      select json_build_array(
        (select json_agg(t order by t.id) from consultation_invitees t where consultation_id = c.id),
        (select json_agg(t order by t.kind) from consultation_components t where consultation_id = c.id),
        (select count(*) from consultation_audience_categories where consultation_id = c.id),
        (select count(*) from consultation_audience_organizations where consultation_id = c.id)
      ) as row from consultations c where id = any(${C}::int[]) order by id`),
    reviews: await rows(sql`
      select row_to_json(t) as row from reviews t where consultation_id = any(${C}::int[]) order by id`),
    reviewSections: await rows(sql`
      select json_build_array(row_to_json(s),
        (select json_agg(r.revision order by r.revision) from review_section_revisions r where r.section_id = s.id),
        (select count(*) from review_comment_details d where d.section_id = s.id),
        (select count(*) from review_citations c where c.section_id = s.id)
      ) as row from review_sections s where consultation_id = any(${C}::int[]) order by id`),
    reviewEvents: await rows(sql`
      select row_to_json(e) as row from review_events e join reviews r on r.id = e.review_id
      where r.consultation_id = any(${C}::int[]) order by e.id`),
    surveys: await rows(sql`
      select json_build_array(row_to_json(s),
        (select json_agg(x order by x.id) from survey_sections x where x.survey_id = s.id),
        (select json_agg(x order by x.id) from survey_questions x where x.survey_id = s.id),
        (select json_agg(x order by x.id) from survey_responses x where x.survey_id = s.id),
        (select count(*) from survey_answers a join survey_responses r on r.id = a.response_id
          where r.survey_id = s.id)
      ) as row from surveys s where id = any(${S}::int[]) or title_en = any(${T}::text[]) order by id`),
    inputs: await rows(sql`
      select json_build_array(row_to_json(i),
        (select json_agg(x order by x.language) from input_texts x where x.input_id = i.id),
        (select json_agg(x.version order by x.version) from input_versions x where x.input_id = i.id),
        (select json_agg(x.id order by x.id) from attachments x where x.input_id = i.id),
        (select json_agg(x.id order by x.id) from input_decisions x where x.input_id = i.id),
        (select row_to_json(x) from input_staff_tags x where x.input_id = i.id),
        (select json_agg(x.id order by x.id) from input_notes x where x.input_id = i.id),
        (select json_agg(x.id order by x.id) from objective_suggestion_decisions x where x.input_id = i.id),
        (select json_agg(x order by x.objective_id, x.source) from input_objectives x where x.input_id = i.id),
        (select count(*) from input_translation_pairs x where x.english_input_id = i.id or x.french_input_id = i.id)
      ) as row from inputs i where id = any(${inputIds}::int[]) or consultation_id = any(${C}::int[])
      order by id`),
    people: await rows(sql`
      select json_build_array(u.id, u.email, u.name, u.preferred_language, u.status, u.totp_key,
        u.updated_at,
        (select json_agg(r.role order by r.role) from user_roles r where r.user_id = u.id),
        (select json_agg(m.organization_id order by m.organization_id) from memberships m where m.user_id = u.id),
        (select count(*) from notifications n where n.user_id = u.id)
      ) as row from users u where id = any(${U}::int[]) or name = any(${T}::text[]) order by id`),
    invitations: await rows(sql`
      select row_to_json(t) as row from invitations t
      where email = any(${E}::text[]) or name = any(${T}::text[]) order by id`),
    // the outbox rows of the named people (status too: a refused retry would move it) and,
    // for the named inputs, which messages exist (the worker moves their status on its own)
    emails: await rows(sql`
      select json_build_array(id, event, status, attempts, queued_at) as row from email_messages
      where recipient_user_id = any(${U}::int[]) or recipient_email = any(${E}::text[])
      order by id`),
    inputEmails: await rows(sql`
      select json_build_array(id, event) as row from email_messages
      where data::text like any(${(scope.inputReferences ?? []).map((r) => `%${r}%`)}::text[])
      order by id`),
    audit: await rows(sql`
      select json_build_array(subject_type, subject_id, count(*)) as row from audit_events
      where subject_type || ':' || subject_id = any(${subjects}::text[])
      group by subject_type, subject_id order by subject_type, subject_id`),
    views: scope.personaViews
      ? await rows(sql`
          select row_to_json(t) as row from triage_saved_views t
          where user_id = ${personaUserId ?? 0} order by id`)
      : [],
  };
}
