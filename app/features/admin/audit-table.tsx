import { Link } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import type { AuditEntry } from "./audit-log.server";
import { actionLabel, subjectTypeLabel } from "./labels";
import { MomentTime } from "./moment-time";

/** The audit trail as a table: when (Ottawa time), who, what, to whom or what, from where. */
export function AuditTable({ entries, caption }: { entries: AuditEntry[]; caption: string }) {
  const { t, locale } = useTranslation();
  if (entries.length === 0) return <p>{t("admin.audit.empty")}</p>;
  const person = (id: number | string, name: string | null) => (
    <Link to={`/${locale}/admin/people/${id}`}>
      {name || t("admin.audit.personNumber", { id })}
    </Link>
  );
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("admin.audit.when")}</th>
          <th scope="col">{t("admin.audit.who")}</th>
          <th scope="col">{t("admin.audit.action")}</th>
          <th scope="col">{t("admin.audit.subject")}</th>
          <th scope="col">{t("admin.audit.ip")}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td>
              <MomentTime value={entry.at} />
            </td>
            <td>
              {entry.actor ? person(entry.actor.id, entry.actor.name) : t("admin.audit.nobody")}
            </td>
            <td>
              {actionLabel(t, entry.action)}
              {entry.rolesAdded.length > 0 ? (
                <>
                  <br />
                  {t("admin.audit.rolesAdded", {
                    roles: entry.rolesAdded.map((role) => t(`role.${role}`)).join(", "),
                  })}
                </>
              ) : null}
              {entry.rolesRemoved.length > 0 ? (
                <>
                  <br />
                  {t("admin.audit.rolesRemoved", {
                    roles: entry.rolesRemoved.map((role) => t(`role.${role}`)).join(", "),
                  })}
                </>
              ) : null}
              {entry.organization ? (
                <>
                  <br />
                  {t("admin.audit.organization", { name: entry.organization })}
                </>
              ) : null}
            </td>
            <td>
              {entry.subject?.kind === "user"
                ? person(entry.subject.id, entry.subject.name)
                : entry.subject
                  ? `${subjectTypeLabel(t, entry.subject.type)}${entry.subject.id ? ` ${entry.subject.id}` : ""}`
                  : "—"}
            </td>
            <td>{entry.ip ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
