import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, Field, type SummaryError } from "~/components/forms";
import { requireStaff } from "~/features/accounts/auth.server";
import { getStaffConsultationPage } from "~/features/consultations/consultations-admin.server";
import { ConsultationIdParamsSchema } from "~/features/consultations/consultations.schema";
import { ConsultationsBreadcrumb } from "~/features/consultations/consultations-breadcrumb";
import { CSV_COLUMNS } from "~/features/consultations/invitee-csv";
import {
  importInvitees,
  previewInvitees,
  readImportForm,
} from "~/features/consultations/invitees.server";
import { catalogs, translator, type MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

const count = z.coerce.number().int().min(0).max(1_000_000);
export const DoneSchema = z.object({
  added: count,
  sent: count,
  already: count,
  refused: count,
  invalid: count,
});

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  await requireStaff(request, context.db, locale, "manage:consultation");
  const { consultationId } = parseParams(ConsultationIdParamsSchema, params);
  const consultation = await getStaffConsultationPage(context.db, locale, consultationId);
  if (!consultation) notFound();
  const done = DoneSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  return {
    locale,
    consultation: { id: consultation.id, title: consultation.title },
    done: done.success ? done.data : null,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const staff = await requireStaff(request, context.db, locale, "manage:consultation");
  const { consultationId } = parseParams(ConsultationIdParamsSchema, params);
  if (!(await getStaffConsultationPage(context.db, locale, consultationId))) notFound();
  const form = await readImportForm(request);
  if ("error" in form) {
    const errors: SummaryError[] = [
      { fieldId: "csv", message: `consultations.invitees.error.${form.error}` },
    ];
    return data({ errors, preview: null }, { status: form.error === "tooLarge" ? 413 : 400 });
  }
  const preview = await previewInvitees(context.db, locale, form.csv);
  if (!preview.ok) {
    const t = translator(locale);
    const message =
      preview.error === "missingColumns"
        ? t("consultations.invitees.error.missingColumns", { columns: preview.missing.join(", ") })
        : `consultations.invitees.error.${preview.error}`;
    return data({ errors: [{ fieldId: "csv", message }], preview: null }, { status: 400 });
  }
  if (form.intent === "preview" || preview.valid === 0) {
    const errors: SummaryError[] =
      form.intent === "send"
        ? [{ fieldId: null, message: "consultations.invitees.nothingValid" }]
        : [];
    return data({ errors, preview }, { status: errors.length ? 400 : 200 });
  }
  const result = await importInvitees(context.db, staff.actor, consultationId, form.csv, {
    publicUrl: context.publicUrl,
    ip: context.clientIp,
    now: new Date(),
  });
  if (!result.ok) {
    if (result.errors.includes("forbidden")) throw new Response("Forbidden", { status: 403 });
    notFound();
  }
  const counts = result.value;
  const query = new URLSearchParams({
    added: String(counts.existingPeopleAdded),
    sent: String(counts.invitationsSent),
    already: String(counts.alreadyInvited),
    refused: String(counts.invitationsRefused),
    invalid: String(counts.invalid),
  });
  return redirect(`/${locale}/staff/consultations/${consultationId}/invitees?${query}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("consultations.invitees.title"));

const COLUMN_LABELS = {
  email: "consultations.invitees.column.email",
  name: "consultations.invitees.column.name",
  organization: "consultations.invitees.column.organization",
  stakeholder_category: "consultations.invitees.column.category",
  province_territory: "consultations.invitees.column.province",
  language: "consultations.invitees.column.language",
} as const satisfies Record<(typeof CSV_COLUMNS)[number], MessageKey>;

export default function ConsultationInvitees() {
  const { consultation, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  const errors = actionData?.errors ?? [];
  const preview = actionData?.preview ?? null;
  const rowError = (message: string, column: string | null) =>
    message in catalogs[locale]
      ? t(message as MessageKey, {
          column:
            column && column in COLUMN_LABELS
              ? t(COLUMN_LABELS[column as keyof typeof COLUMN_LABELS])
              : "",
        })
      : message;
  const csvErrors = errors.filter((e) => e.fieldId === "csv").map((e) => e.message);
  return (
    <>
      <ConsultationsBreadcrumb consultation={consultation} />
      <h1>{t("consultations.invitees.title")}</h1>
      {done && !actionData ? (
        <p className="success-box" role="status">
          {t("consultations.invitees.done", done)}
        </p>
      ) : null}
      <ErrorSummary errors={errors} />
      <p>{t("consultations.invitees.intro")}</p>

      {preview ? (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t("consultations.invitees.previewHeading")}</h2>
          <p role="status">
            {t("consultations.invitees.previewSummary", {
              valid: preview.valid,
              invalid: preview.invalid,
            })}
          </p>
          <div className="table-scroll">
            <table className="data-table">
              <caption>{t("consultations.invitees.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("consultations.invitees.column.line")}</th>
                  {CSV_COLUMNS.map((column) => (
                    <th scope="col" key={column}>
                      {t(COLUMN_LABELS[column])}
                    </th>
                  ))}
                  <th scope="col">{t("consultations.invitees.column.result")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.line}>
                    <th scope="row" className="numeric">
                      {row.line}
                    </th>
                    {CSV_COLUMNS.map((column) => (
                      <td key={column}>
                        {column === "stakeholder_category" && row.category
                          ? row.category
                          : row.cells[column]}
                      </td>
                    ))}
                    <td>
                      {row.errors.length === 0 ? (
                        <>
                          <strong>{t("consultations.invitees.rowOk")}</strong>:{" "}
                          {t(
                            row.person === "existing"
                              ? "consultations.invitees.personExisting"
                              : "consultations.invitees.personNew",
                          )}
                          ;{" "}
                          {t(
                            row.organization === "existing"
                              ? "consultations.invitees.organizationExisting"
                              : "consultations.invitees.organizationNew",
                          )}
                        </>
                      ) : (
                        <ul className="field__error">
                          {row.errors.map((error, index) => (
                            <li key={index}>{rowError(error.message, error.column)}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.valid > 0 ? (
            <Form method="post" encType="multipart/form-data">
              <input type="hidden" name="csv" value={preview.csv} />
              <p>{t("consultations.invitees.sendHint")}</p>
              <button type="submit" name="intent" value="send" className="button">
                {t("consultations.invitees.send")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}

      <Form method="post" encType="multipart/form-data" key={preview?.csv ?? "empty"}>
        <Field
          id="csv"
          label={t("consultations.invitees.csv")}
          hint={t("consultations.invitees.columns")}
          errors={csvErrors}
        >
          {(describedBy, invalid) => (
            <textarea
              id="csv"
              name="csv"
              rows={8}
              defaultValue={preview?.csv ?? ""}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          )}
        </Field>
        <Field id="file" label={t("consultations.invitees.file")}>
          {(describedBy) => (
            <input
              id="file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <button type="submit" name="intent" value="preview" className="button button--secondary">
          {t("consultations.invitees.preview")}
        </button>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
