import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { requireStaff } from "~/features/accounts/auth.server";
import { can } from "~/features/accounts/permissions";
import { canReadReview, listReviewsForStaff } from "~/features/review/drafting.server";
import { translator } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { requireLocale } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const staff = await requireStaff(request, context.db, locale);
  return {
    locale,
    name: staff.user.name,
    roles: staff.roles.filter((role) => role !== "contributor"),
    canRunConsultations: can(staff.actor, "manage:consultation"),
    reviews: canReadReview(staff.actor) ? await listReviewsForStaff(context.db) : [],
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageTitle(data?.locale, translator(data?.locale ?? "en")("staff.title"));

export default function StaffHome() {
  const { name, roles, canRunConsultations, reviews } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <h1>{t("staff.title")}</h1>
      <p>{t("staff.intro", { name, roles: roles.map((role) => t(`role.${role}`)).join(", ") })}</p>
      {canRunConsultations ? (
        <p>
          <Link to={`/${locale}/staff/consultations`}>{t("consultations.staff.title")}</Link>
        </p>
      ) : null}
      {reviews.length ? (
        <section aria-labelledby="reviews-title">
          <h2 id="reviews-title">{t("review.list.title")}</h2>
          <ul>
            {reviews.map((review) => (
              <li key={review.id}>
                <Link to={`/${locale}/staff/reviews/${review.id}`}>
                  {locale === "fr" ? review.titleFr : review.titleEn}
                </Link>
                {review.reviewStatus ? ` — ${t(`review.status.${review.reviewStatus}`)}` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
