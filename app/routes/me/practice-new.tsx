import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { requireSignedIn } from "~/features/accounts/auth.server";
import { generateToken } from "~/features/accounts/tokens.server";
import {
  contributionErrorMessage,
  contributionErrorStatus,
} from "~/features/contributions/action-reply";
import { attachmentErrorMessages } from "~/features/contributions/action-reply";
import { MAX_ATTACHMENT_BYTES } from "~/features/contributions/attachment-types";
import { prepareAttachments } from "~/features/contributions/attachments.server";
import { PracticeForm } from "~/features/contributions/practice-form";
import { getFrameworkChoices } from "~/features/contributions/practice-form.server";
import { valuesFromReply } from "~/features/contributions/practice-form-values";
import {
  PracticeDraftSchema,
  PracticeSubmitSchema,
} from "~/features/contributions/practice.schema";
import { checkCanContribute, createPractice } from "~/features/contributions/practices.server";
import { bilingual } from "~/features/practices/localized-text";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { parseFormData, readForm } from "~/utils/forms.server";
import { notFound, parseParams, requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const ParamsSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,100}$/) });

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { slug } = parseParams(ParamsSchema, params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  const allowed = await checkCanContribute(context.db, signedIn, slug);
  if (!allowed.ok) {
    if (allowed.errors[0] === "notFound") notFound();
    throw new Response("Forbidden", { status: 403 });
  }
  return {
    locale,
    consultationTitle: bilingual(allowed.consultation, "title", locale),
    acceptingNow: allowed.consultation.acceptingNow,
    choices: await getFrameworkChoices(context.db, allowed.consultation.frameworkId, locale),
    // A fresh key per form: posting this same form twice is one submission.
    submitKey: generateToken(),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const { slug } = parseParams(ParamsSchema, params);
  const signedIn = await requireSignedIn(request, context.db, locale);
  const formData = await readForm(request, { maxFileBytes: MAX_ATTACHMENT_BYTES });
  const submit = formData.get("intent") === "submit";
  const submission = parseFormData(
    formData,
    locale,
    submit ? PracticeSubmitSchema : PracticeDraftSchema,
  );
  const files = await prepareAttachments(formData, 0);
  if (submission.status !== "success" || !files.ok) {
    const reply = submission.reply(
      files.ok
        ? {}
        : {
            fieldErrors: {
              ...(submission.status === "error" ? submission.error : {}),
              attachments: attachmentErrorMessages(locale, files.problems),
            },
          },
    );
    return data(reply, { status: 400 });
  }
  const result = await createPractice(context.db, signedIn, slug, submission.value, {
    submit,
    ip: context.clientIp,
    publicUrl: context.publicUrl,
    attachments: files.prepared,
  });
  if (!result.ok) {
    const [error] = result.errors;
    if (error === "notFound") notFound();
    return data(submission.reply({ formErrors: [contributionErrorMessage(error!)] }), {
      status: contributionErrorStatus(error!),
    });
  }
  const { reference } = result.value;
  return redirect(
    submit
      ? `/${locale}/my/inputs/${reference}/receipt`
      : `/${locale}/my/inputs/${reference}?notice=draft-saved`,
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("contributions.new.title"));

export default function NewPractice() {
  const {
    consultationTitle,
    choices,
    submitKey,
    locale: pageLocale,
  } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const { t } = useTranslation();
  const values = reply ? valuesFromReply(reply.initialValue) : { language: pageLocale };
  return (
    <>
      <h1>{t("contributions.new.title")}</h1>
      <p className="lead">{t("contributions.new.intro", { consultation: consultationTitle })}</p>
      <PracticeForm
        choices={choices}
        values={values}
        errors={reply?.error ?? {}}
        submitKey={submitKey}
        canSubmit
        submitLabel={t("contributions.action.submit")}
      />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
