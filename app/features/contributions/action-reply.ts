import type { Locale } from "~/i18n/locale";
import { translator, type MessageKey } from "~/i18n/translate";
import type { AttachmentProblem } from "./attachment-types";
import type { ContributionError } from "./practices.server";

/** The message a refused contribution shows, kept beside what the person typed. */
export function contributionErrorMessage(error: ContributionError): MessageKey {
  switch (error) {
    case "closed":
      return "contributions.error.closed";
    case "notInAudience":
      return "contributions.error.notInAudience";
    case "noOrganization":
      return "contributions.error.noOrganization";
    case "notEditable":
      return "contributions.error.notEditable";
    case "conflict":
      return "contributions.error.conflictUnknown";
    case "attachmentStore":
      return "contributions.error.attachmentStore";
    default:
      return "errors.forbidden.body";
  }
}

export function contributionErrorStatus(error: ContributionError): number {
  if (error === "notFound") return 404;
  if (error === "closed" || error === "conflict" || error === "notEditable") return 409;
  // the file store failed: nothing was wrong with the request, try again later
  if (error === "attachmentStore") return 503;
  return 403;
}

/** Each refused file, named, in the page's language. */
export function attachmentErrorMessages(
  locale: Locale,
  problems: Array<{ name: string; problem: AttachmentProblem }>,
): string[] {
  const t = translator(locale);
  return problems.map(({ name, problem }) =>
    problem === "fileCount"
      ? t("contributions.error.fileCount")
      : t(
          problem === "fileSize" ? "contributions.error.fileSize" : "contributions.error.fileType",
          { name },
        ),
  );
}
