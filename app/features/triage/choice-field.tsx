import type { ReactNode } from "react";
import { useTranslation } from "~/i18n/use-translation";
import { REJECTION_REASONS } from "./input-status";

export interface Choice {
  key: string;
  title: ReactNode;
}

/**
 * A labelled select of keyed choices whose first option is empty: "any" in the queue's
 * filters, "keep" in bulk tags, "—" on the item page. The queue, its bulk forms and the item
 * page share it so the same choice reads the same everywhere.
 */
export function ChoiceField({
  id,
  name,
  label,
  empty,
  choices,
  defaultValue = "",
}: {
  id: string;
  name: string;
  label: ReactNode;
  empty: ReactNode;
  choices: readonly Choice[];
  defaultValue?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue}>
        <option value="">{empty}</option>
        {choices.map((choice) => (
          <option key={choice.key} value={choice.key}>
            {choice.title}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The rejection reason of a decision, single or bulk (required to reject, checked on the server). */
export function RejectionReasonField({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <ChoiceField
      id={id}
      name="reasonCode"
      label={t("triage.decide.reason")}
      empty="—"
      choices={REJECTION_REASONS.map((reason) => ({
        key: reason,
        title: t(`triage.reason.${reason}`),
      }))}
    />
  );
}
