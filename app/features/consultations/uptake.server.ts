import type { Database } from "../../../db/client";
import {
  listInviteeProgress,
  listStakeholderCategories,
} from "../../../db/queries/consultations-admin";
import type { Locale } from "~/i18n/locale";
import { bilingual } from "../practices/localized-text";
import { JURISDICTIONS } from "./invitee-csv";

export interface UptakeCounts {
  invited: number;
  signedIn: number;
  started: number;
  submitted: number;
}
export interface UptakeGroup extends UptakeCounts {
  key: string;
  label: string;
}

const empty = (): UptakeCounts => ({ invited: 0, signedIn: 0, started: 0, submitted: 0 });

function add(
  counts: UptakeCounts,
  row: { signedIn: boolean; started: boolean; submitted: boolean },
) {
  counts.invited++;
  if (row.signedIn) counts.signedIn++;
  if (row.started) counts.started++;
  if (row.submitted) counts.submitted++;
}

/** Invited, signed in, started, submitted: overall, by stakeholder category, by province. */
export async function getUptake(
  db: Database,
  locale: Locale,
  consultationId: number,
  provinceName: (code: string) => string,
) {
  const [rows, categories] = await Promise.all([
    listInviteeProgress(db, consultationId),
    listStakeholderCategories(db),
  ]);
  const totals = empty();
  const byCategory = new Map<number, UptakeCounts>();
  const byProvince = new Map<string, UptakeCounts>();
  for (const row of rows) {
    add(totals, row);
    if (!byCategory.has(row.categoryId)) byCategory.set(row.categoryId, empty());
    add(byCategory.get(row.categoryId)!, row);
    if (!byProvince.has(row.jurisdiction)) byProvince.set(row.jurisdiction, empty());
    add(byProvince.get(row.jurisdiction)!, row);
  }
  const categoryGroups: UptakeGroup[] = categories
    .filter((c) => byCategory.has(c.id))
    .map((c) => ({ key: c.key, label: bilingual(c, "name", locale), ...byCategory.get(c.id)! }));
  const order = (code: string) => {
    const index = (JURISDICTIONS as readonly string[]).indexOf(code);
    return index === -1 ? JURISDICTIONS.length : index;
  };
  const provinceGroups: UptakeGroup[] = [...byProvince.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([code, counts]) => ({ key: code, label: provinceName(code), ...counts }));
  return { totals, byCategory: categoryGroups, byProvince: provinceGroups };
}
