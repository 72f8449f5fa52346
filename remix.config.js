/**
 * Remix v2, classic compiler (docs/decisions/001-remix-classic-compiler.md).
 * Routes are declared here rather than by file convention so that the whole URL space,
 * grouped by audience, reads in one place and the authorization matrix can be generated
 * from the build manifest.
 * @type {import('@remix-run/dev').AppConfig}
 */
export default {
  ignoredRouteFiles: ["**/*"],
  serverModuleFormat: "esm",
  serverPlatform: "node",
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
  },
  routes(defineRoutes) {
    return defineRoutes((route) => {
      route("/", "routes/language-redirect.tsx", { index: true });
      route("healthz", "routes/resources/healthz.ts");
      route(":lang", "routes/public/layout.tsx", () => {
        route("", "routes/public/home.tsx", { index: true });
        route("consultations/:slug", "routes/public/consultation.tsx");
        route("objectives", "routes/public/objectives.tsx");
        route("objectives/:number", "routes/public/objective.tsx");
        route("practices/:reference", "routes/public/practice.tsx");
        route("reviews/:slug", "routes/public/review.tsx");
        route("reviews/:slug/draft", "routes/public/review-draft.tsx");
        route("privacy", "routes/public/privacy.tsx");
        route("accessibility", "routes/public/accessibility.tsx");

        route("sign-in", "routes/auth/sign-in.tsx");
        route("sign-out", "routes/auth/sign-out.tsx");
        route("invitations/:token", "routes/auth/accept-invitation.tsx");
        route("forgot-password", "routes/auth/forgot-password.tsx");
        route("reset-password/:token", "routes/auth/reset-password.tsx");
        route("two-factor/setup", "routes/auth/two-factor-setup.tsx");
        route("two-factor/verify", "routes/auth/two-factor-verify.tsx");
        route("unsubscribe/:token", "routes/auth/unsubscribe.tsx");

        route("account", "routes/me/account.tsx");
        route("notifications", "routes/me/notifications.tsx");
        route("session/extend", "routes/resources/session-extend.ts");

        route("staff", "routes/staff/home.tsx");
        route("staff/triage", "routes/staff/triage-queue.tsx");
        route("staff/triage/suggestion-rates", "routes/staff/triage-suggestion-rates.tsx");
        route("staff/triage/:reference", "routes/staff/triage-item.tsx");
        route(
          "staff/triage/:reference/attachments/:attachmentId",
          "routes/resources/staff-attachment-download.ts",
        );
        route("staff/consultations", "routes/staff/consultations.tsx");
        route("staff/consultations/new", "routes/staff/consultation-new.tsx");
        route("staff/consultations/:consultationId", "routes/staff/consultation.tsx");
        route(
          "staff/consultations/:consultationId/invitees",
          "routes/staff/consultation-invitees.tsx",
        );
        route("staff/consultations/:consultationId/uptake", "routes/staff/consultation-uptake.tsx");
        route(
          "staff/consultations/:consultationId/inputs.csv",
          "routes/resources/consultation-inputs-csv.ts",
        );
        route("staff/surveys/:surveyId/results", "routes/staff/survey-results.tsx");
        route("staff/surveys/:surveyId/results.csv", "routes/resources/survey-results-csv.ts");
        route("staff/surveys/:surveyId/answers.csv", "routes/resources/survey-answers-csv.ts");
        route("staff/reviews/:consultationId", "routes/staff/review-overview.tsx");
        route("staff/reviews/:consultationId/coverage", "routes/staff/review-coverage.tsx");
        route(
          "staff/reviews/:consultationId/sections/:sectionId",
          "routes/staff/review-section.tsx",
        );
        route(
          "staff/reviews/:consultationId/sections/:sectionId/revisions",
          "routes/staff/review-revisions.tsx",
        );
        route("staff/reviews/:consultationId/publication", "routes/staff/review-publication.tsx");
        route("staff/reviews/:consultationId/comments", "routes/staff/review-comments.tsx");
        route(
          "staff/reviews/:consultationId/export.docx",
          "routes/resources/review-export-docx.ts",
        );
        route("staff/reviews/:consultationId/export.pdf", "routes/resources/review-export-pdf.ts");
        route(
          "staff/reviews/:consultationId/export.html",
          "routes/resources/review-export-html.ts",
        );
        route("staff/consultations/:consultationId/surveys/new", "routes/staff/survey-new.tsx");
        route("staff/surveys/:surveyId", "routes/staff/survey-builder.tsx");
        route("staff/surveys/:surveyId/preview", "routes/staff/survey-preview.tsx");

        route("practices", "routes/public/practices.tsx");
        route("practices/open-data.csv", "routes/resources/practices-csv.ts");
        route("practices/open-data.json", "routes/resources/practices-json.ts");
        route("practices/:reference/hub.json", "routes/resources/practice-hub-json.ts");
        route("practices/:reference/hub.docx", "routes/resources/practice-hub-docx.ts");

        route("my/inputs", "routes/me/inputs.tsx");
        route("my/inputs/:reference", "routes/me/input.tsx");
        route("my/inputs/:reference/receipt", "routes/me/input-receipt.tsx");
        route("my/inputs/:reference/other-language", "routes/me/input-translation.tsx");
        route(
          "my/inputs/:reference/attachments/:attachmentId",
          "routes/resources/attachment-download.ts",
        );
        route("my/surveys", "routes/me/survey-list.tsx");
        route("surveys/:surveyId", "routes/me/survey-respond.tsx");
        route("surveys/:surveyId/print", "routes/me/survey-print.tsx");
        route("surveys/:surveyId/response.docx", "routes/resources/survey-response-docx.ts");
        route("surveys/:surveyId/response.pdf", "routes/resources/survey-response-pdf.ts");
        route("consultations/:slug/practices/new", "routes/me/practice-new.tsx");
        route(
          "consultations/:slug/objectives/:number/comments/new",
          "routes/me/objective-comment-new.tsx",
        );

        route("admin", "routes/admin/home.tsx");
        route("admin/people", "routes/admin/people.tsx");
        route("admin/people/:userId", "routes/admin/person.tsx");
        route("admin/organizations", "routes/admin/organizations.tsx");
        route("admin/invitations/new", "routes/admin/invite.tsx");
        route("admin/audit", "routes/admin/audit.tsx");
        route("admin/mailbox", "routes/admin/mailbox.tsx");
        route("admin/mailbox/:messageId", "routes/admin/mailbox-message.tsx");
        route("admin/deliveries", "routes/admin/deliveries.tsx");
        route("*", "routes/public/not-found.tsx");
      });
      route("*", "routes/not-found.tsx", { id: "routes/root-not-found" });
    });
  },
};
