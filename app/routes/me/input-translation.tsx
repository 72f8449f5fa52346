import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { requireSignedIn } from "~/features/accounts/auth.server";
import { getOwnInput } from "~/features/contributions/practices.server";
import { declareTranslation, findTranslationPartners } from "~/features/triage/translations.server";
import type { MessageKey } from "~/i18n/translate";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/utils/forms.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

const REFERENCE = /^RT-\d{4}-\d{6,}$/;
export const ParamsSchema = z.object({ reference: z.string().regex(REFERENCE) });
export const PairSchema = z.object({
  otherReference: z
    .string()
    .trim()
    .transform((value) => value.toUpperCase())
    .pipe(z.string().regex(REFERENCE)),
});

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { reference } = parseParams(ParamsSchema, params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  const input = await getOwnInput(context.db, signedIn, reference);
  if (!input || input.status === "draft") notFound();
  const partners = await findTranslationPartners(context.db, [reference]);
  const declared = partners[reference]?.source === "declared" ? partners[reference] : null;
  return {
    locale,
    reference,
    declared: declared?.reference ?? null,
    saved: new URL(request.url).searchParams.has("saved"),
  };
}

/** The contributor says this input and another of theirs are the same text in EN and FR. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const { reference } = parseParams(ParamsSchema, params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  const input = await getOwnInput(context.db, signedIn, reference);
  if (!input || input.status === "draft") notFound();
  const formData = await readForm(request);
  const typed = String(formData.get("otherReference") ?? "").slice(0, 40);
  const parsed = PairSchema.safeParse({ otherReference: formData.get("otherReference") ?? "" });
  if (!parsed.success)
    return data(
      { error: "triage.pairing.error.invalid" as MessageKey, value: typed },
      { status: 400 },
    );
  const result = await declareTranslation(
    context.db,
    signedIn.actor,
    reference,
    parsed.data.otherReference,
    { ip: context.clientIp },
  );
  if (!result.ok)
    return data(
      { error: `triage.pairing.error.${result.errors[0]!}` as MessageKey, value: typed },
      { status: 400 },
    );
  return redirect(`/${locale}/my/inputs/${reference}/other-language?saved=1`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(
    data?.locale,
    data
      ? translator(data.locale)("triage.pairing.title", { reference: data.reference })
      : translator("en")("errors.notFound.title"),
  );

export default function InputTranslation() {
  const { reference, declared, saved } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/${locale}/my/inputs/${reference}`}>{t("triage.pairing.back")}</Link>
      </p>
      <h1>{t("triage.pairing.title", { reference })}</h1>
      {saved && !failed ? (
        <p className="success-box" role="status">
          {t("triage.pairing.saved")}
        </p>
      ) : null}
      {failed ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <p>
            <a href="#other-reference">{t(failed.error)}</a>
          </p>
        </div>
      ) : null}
      {declared ? (
        <p>{t("triage.pairing.current", { reference: declared })}</p>
      ) : (
        <>
          <p>{t("triage.pairing.intro")}</p>
          <Form method="post" noValidate>
            <div className="field">
              <label htmlFor="other-reference">{t("triage.pairing.label")}</label>
              <p className="field__hint" id="other-reference-hint">
                {t("triage.pairing.hint")}
              </p>
              <input
                type="text"
                id="other-reference"
                name="otherReference"
                maxLength={40}
                autoComplete="off"
                defaultValue={failed?.value ?? ""}
                aria-describedby="other-reference-hint"
                aria-invalid={failed ? true : undefined}
              />
            </div>
            <button type="submit" className="button">
              {t("triage.pairing.submit")}
            </button>
          </Form>
        </>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
