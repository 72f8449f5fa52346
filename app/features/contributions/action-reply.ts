import type { MessageKey } from "~/i18n/translate";
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
    default:
      return "errors.forbidden.body";
  }
}

export function contributionErrorStatus(error: ContributionError): number {
  return error === "notFound"
    ? 404
    : error === "closed" || error === "conflict" || error === "notEditable"
      ? 409
      : 403;
}
