import type { Database } from "../client";

/**
 * Makes a submitted response's free-text answers and objective-matrix comments into inputs
 * (kind survey-answer), so that they reach the triage queue and can be cited in the review;
 * answers already made into inputs get their text updated instead. Called by the submit
 * action inside its transaction, with the submitter as the author.
 *
 * Contract between the survey response work (which calls it) and the survey results work
 * (which implements it); until implemented it makes no inputs.
 */
export async function syncSurveyAnswerInputs(
  _tx: Database,
  _responseId: number,
  _actorUserId: number,
): Promise<void> {}
