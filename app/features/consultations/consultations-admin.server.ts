import type { Database } from "../../../db/client";
import { recordAudit } from "../../../db/queries/audit";
import { ensureSectionsFromTemplate } from "../../../db/queries/review";
import {
  countExisting,
  databaseNow,
  findConsultationForStaff,
  findFrameworkId,
  insertConsultation,
  listClosedGroups,
  listConsultationSlugsLike,
  listConsultationsForStaff,
  listStakeholderCategories,
  replaceComponentsAndAudience,
  updateConsultationFields,
  updateConsultationStatus,
} from "../../../db/queries/consultations-admin";
import type { Locale } from "~/i18n/locale";
import { can, type Actor } from "../accounts/permissions";
import { moment } from "../admin/format";
import { listOrganizationChoices } from "../admin/organizations.server";
import { bilingual } from "../practices/localized-text";
import {
  checkTransition,
  effectiveStatus,
  isEditable,
  nextStatus,
  type ConsultationStatus,
  type TransitionRefusal,
} from "./consultation-status";
import type { ConsultationFields } from "./consultations.schema";
import { foldName } from "./invitee-csv";
import { utcToTorontoLocal } from "./toronto-time";

const FRAMEWORK_CODE = "GCM";

/** "2021 update — Canada's inputs!" → "2021-update-canada-s-inputs". */
export function slugify(title: string): string {
  const slug = foldName(title)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "consultation";
}

async function uniqueSlug(db: Database, title: string) {
  const base = slugify(title);
  const taken = new Set(await listConsultationSlugsLike(db, base));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export async function listConsultationsPage(db: Database, locale: Locale) {
  const [rows, now] = await Promise.all([listConsultationsForStaff(db), databaseNow(db)]);
  return rows.map((row) => ({
    id: row.id,
    title: bilingual(row, "title", locale),
    type: row.type,
    status: effectiveStatus(row.status, row.closesAt, now),
    opensAt: moment(locale, row.opensAt),
    closesAt: moment(locale, row.closesAt),
  }));
}

/** The choices of the consultation form: organizations, categories, closed groups. */
export async function getConsultationFormChoices(db: Database, locale: Locale) {
  const [organizations, categories, groups] = await Promise.all([
    listOrganizationChoices(db, locale),
    listStakeholderCategories(db),
    listClosedGroups(db),
  ]);
  return {
    organizations,
    categories: categories.map((c) => ({ id: c.id, name: bilingual(c, "name", locale) })),
    groups: groups.map((g) => ({ id: g.id, name: bilingual(g, "name", locale) })),
  };
}

export type ConsultationError =
  "forbidden" | "notFound" | "unknownAudience" | "notEditable" | "changed" | TransitionRefusal;

type Result<T> = { ok: true; value: T } | { ok: false; errors: ConsultationError[] };

async function audienceExists(db: Database, fields: ConsultationFields) {
  const found = await countExisting(db, fields);
  return (
    found.organizations === new Set(fields.organizationIds).size &&
    found.categories === new Set(fields.categoryIds).size &&
    found.groups === new Set(fields.groupIds).size
  );
}

function columns(fields: ConsultationFields) {
  return {
    type: fields.type,
    titleEn: fields.titleEn,
    titleFr: fields.titleFr,
    descriptionEn: fields.descriptionEn,
    descriptionFr: fields.descriptionFr,
    coversFrom: fields.coversFrom,
    coversTo: fields.coversTo,
    opensAt: fields.opensAt,
    closesAt: fields.closesAt,
    audiencePublic: fields.audiencePublic,
  };
}

/** Creates a draft consultation with its audience, components and the review's sections. */
export async function createConsultation(
  db: Database,
  actor: Actor,
  fields: ConsultationFields,
  context: { ip: string | null },
): Promise<Result<{ id: number; slug: string }>> {
  if (!can(actor, "manage:consultation")) return { ok: false, errors: ["forbidden"] };
  if (!(await audienceExists(db, fields))) return { ok: false, errors: ["unknownAudience"] };
  const frameworkId = await findFrameworkId(db, FRAMEWORK_CODE);
  if (!frameworkId) throw new Error(`framework ${FRAMEWORK_CODE} is not seeded`);
  const slug = await uniqueSlug(db, fields.titleEn);
  const created = await db.transaction(async (tx) => {
    const row = await insertConsultation(tx, {
      ...columns(fields),
      slug,
      frameworkId,
      createdBy: actor.userId,
    });
    await replaceComponentsAndAudience(tx, row.id, fields);
    const sections = await ensureSectionsFromTemplate(tx, row.id, frameworkId);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "consultation.created",
      subjectType: "consultation",
      subjectId: row.id,
      ip: context.ip,
      details: { slug: row.slug, type: fields.type, components: fields.components, sections },
    });
    return row;
  });
  return { ok: true, value: created };
}

export async function getStaffConsultationPage(db: Database, locale: Locale, id: number) {
  const row = await findConsultationForStaff(db, id);
  if (!row) return null;
  const now = await databaseNow(db);
  return {
    id: row.id,
    slug: row.slug,
    title: bilingual(row, "title", locale),
    type: row.type,
    status: row.status,
    effectiveStatus: effectiveStatus(row.status, row.closesAt, now),
    next: nextStatus(row.status),
    editable: isEditable(row.status),
    opensAt: moment(locale, row.opensAt),
    closesAt: moment(locale, row.closesAt),
    sections: row.sections.map((s) => ({
      position: s.position,
      title: bilingual(s, "title", locale),
      suggestedWords: s.suggestedWords,
    })),
    form: {
      titleEn: row.titleEn,
      titleFr: row.titleFr,
      descriptionEn: row.descriptionEn,
      descriptionFr: row.descriptionFr,
      type: row.type,
      coversFrom: row.coversFrom,
      coversTo: row.coversTo,
      opensAt: utcToTorontoLocal(row.opensAt),
      closesAt: utcToTorontoLocal(row.closesAt),
      audiencePublic: row.audiencePublic,
      organizationIds: row.organizationIds,
      categoryIds: row.categoryIds,
      groupIds: row.groupIds,
      components: row.components,
    },
  };
}

/** Edits a consultation that is still a draft or open; the review's sections stay as they are. */
export async function updateConsultation(
  db: Database,
  actor: Actor,
  id: number,
  fields: ConsultationFields,
  context: { ip: string | null },
): Promise<Result<null>> {
  if (!can(actor, "manage:consultation")) return { ok: false, errors: ["forbidden"] };
  const current = await findConsultationForStaff(db, id);
  if (!current) return { ok: false, errors: ["notFound"] };
  if (!isEditable(current.status)) return { ok: false, errors: ["notEditable"] };
  if (!(await audienceExists(db, fields))) return { ok: false, errors: ["unknownAudience"] };
  await db.transaction(async (tx) => {
    await updateConsultationFields(tx, id, columns(fields));
    await replaceComponentsAndAudience(tx, id, fields);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "consultation.updated",
      subjectType: "consultation",
      subjectId: id,
      ip: context.ip,
      details: { components: fields.components, audiencePublic: fields.audiencePublic },
    });
  });
  return { ok: true, value: null };
}

/** Moves a consultation one step along its life, judged by the database clock. */
export async function transitionConsultation(
  db: Database,
  actor: Actor,
  id: number,
  to: ConsultationStatus,
  context: { ip: string | null },
): Promise<Result<{ from: ConsultationStatus; to: ConsultationStatus }>> {
  if (!can(actor, "manage:consultation")) return { ok: false, errors: ["forbidden"] };
  return db.transaction(async (tx) => {
    const current = await findConsultationForStaff(tx, id);
    if (!current) return { ok: false as const, errors: ["notFound" as const] };
    const now = await databaseNow(tx);
    const verdict = checkTransition(current.status, to, { now, closesAt: current.closesAt });
    if (!verdict.ok) return { ok: false as const, errors: [verdict.reason] };
    if (!(await updateConsultationStatus(tx, id, current.status, to)))
      return { ok: false as const, errors: ["changed" as const] };
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "consultation.status-changed",
      subjectType: "consultation",
      subjectId: id,
      ip: context.ip,
      details: { from: current.status, to, at: now.toISOString() },
    });
    return { ok: true as const, value: { from: current.status, to } };
  });
}
