// Pure rules of a survey, shared by the server (saving, submitting) and the pages (showing
// and hiding questions, progress): no database, no React.
import type { Locale } from "~/i18n/locale";

export type QuestionKind =
  | "short-text"
  | "long-text"
  | "single-choice"
  | "multiple-choice"
  | "yes-no"
  | "scale"
  | "number"
  | "date"
  | "objective-matrix";

export const QUESTION_KINDS: readonly QuestionKind[] = [
  "short-text",
  "long-text",
  "single-choice",
  "multiple-choice",
  "yes-no",
  "scale",
  "number",
  "date",
  "objective-matrix",
];

/** Kinds whose answer can decide whether a later question is shown. */
export const CONDITION_KINDS: readonly QuestionKind[] = ["single-choice", "yes-no"];
/** Kinds that have options (choices, or the columns of the matrix). */
export const OPTION_KINDS: readonly QuestionKind[] = [
  "single-choice",
  "multiple-choice",
  "objective-matrix",
];

export interface QuestionSettings {
  min?: number;
  max?: number;
  lowLabelEn?: string;
  lowLabelFr?: string;
  highLabelEn?: string;
  highLabelFr?: string;
  allowOther?: boolean;
  rowComments?: boolean;
}

export interface OptionView {
  id: number;
  key: string;
  labelEn: string;
  labelFr: string;
}

export interface QuestionView {
  id: number;
  sectionId: number;
  kind: QuestionKind;
  promptEn: string;
  promptFr: string;
  helpEn: string;
  helpFr: string;
  required: boolean;
  settings: QuestionSettings;
  conditionQuestionId: number | null;
  conditionValue: string | null;
  options: OptionView[];
}

export interface SectionView {
  id: number;
  titleEn: string;
  titleFr: string;
  descriptionEn: string;
  descriptionFr: string;
  questions: QuestionView[];
}

export interface ObjectiveRow {
  id: number;
  number: number;
  titleEn: string;
  titleFr: string;
}

/** What the form holds, by field name: one value, or several for multiple choice. */
export type FormValues = Record<string, string | string[]>;

/** Default columns of an objective matrix: how far practices align with each objective. */
export const MATRIX_COLUMNS = [
  { key: "not-applicable", labelEn: "Not applicable", labelFr: "Sans objet" },
  { key: "not-aligned", labelEn: "Not aligned", labelFr: "Non conforme" },
  { key: "partly-aligned", labelEn: "Partly aligned", labelFr: "Partiellement conforme" },
  { key: "fully-aligned", labelEn: "Fully aligned", labelFr: "Entièrement conforme" },
];

export const OTHER = "__other";
export const LIMITS = { short: 500, long: 10_000, comment: 2_000, other: 500 } as const;

export const fieldName = {
  value: (q: number) => `q${q}`,
  other: (q: number) => `q${q}-other`,
  row: (q: number, objective: number) => `q${q}-o${objective}`,
  comment: (q: number, objective: number) => `q${q}-c${objective}`,
};

/**
 * Text as PostgreSQL can store it and people read it: NFC, no NUL, lone surrogates replaced.
 */
export function cleanText(value: string): string {
  return value
    .replaceAll(String.fromCharCode(0), "")
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
    .normalize("NFC");
}

export function text(locale: Locale, row: object, field: string): string {
  const value = (row as Record<string, unknown>)[`${field}${locale === "en" ? "En" : "Fr"}`];
  return typeof value === "string" ? value : "";
}

function single(values: FormValues, name: string): string {
  const value = values[name];
  if (Array.isArray(value)) return (value[0] ?? "").trim();
  return (value ?? "").trim();
}

function many(values: FormValues, name: string): string[] {
  const value = values[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => v.trim()).filter(Boolean);
}

/** Every question of the survey in reading order. */
export function allQuestions(sections: SectionView[]): QuestionView[] {
  return sections.flatMap((section) => section.questions);
}

/**
 * Which questions are shown for these values: a question with a condition is shown only when
 * its source question is itself shown and answered with the condition's value.
 */
export function visibleQuestionIds(sections: SectionView[], values: FormValues): Set<number> {
  const byId = new Map(allQuestions(sections).map((q) => [q.id, q]));
  const memo = new Map<number, boolean>();
  const visible = (question: QuestionView, depth: number): boolean => {
    const known = memo.get(question.id);
    if (known !== undefined) return known;
    let shown = true;
    if (question.conditionQuestionId !== null && question.conditionValue !== null) {
      const source = byId.get(question.conditionQuestionId);
      shown =
        source !== undefined &&
        depth < 50 &&
        visible(source, depth + 1) &&
        single(values, fieldName.value(source.id)) === question.conditionValue;
    }
    memo.set(question.id, shown);
    return shown;
  };
  return new Set(
    allQuestions(sections)
      .filter((q) => visible(q, 0))
      .map((q) => q.id),
  );
}

export interface ParsedAnswer {
  questionId: number;
  objectiveId: number | null;
  textValue: string | null;
  optionKeys: string[] | null;
  numberValue: string | null;
  dateValue: string | null;
  otherText: string | null;
  comment: string | null;
}

export interface AnswerProblem {
  questionId: number;
  /** the id of the element to jump to */
  fieldId: string;
  /** a catalog key */
  code: string;
}

const empty = (questionId: number, objectiveId: number | null = null): ParsedAnswer => ({
  questionId,
  objectiveId,
  textValue: null,
  optionKeys: null,
  numberValue: null,
  dateValue: null,
  otherText: null,
  comment: null,
});

function isValidDate(value: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * Reads the answers of the shown questions from form values. `invalid` are answers that
 * cannot be stored as typed (a letter in a number, an unknown choice); `missing` are required
 * questions left empty, which only a submit refuses. Hidden questions are neither read nor required.
 */
export function readAnswers(
  sections: SectionView[],
  objectives: ObjectiveRow[],
  values: FormValues,
) {
  const visible = visibleQuestionIds(sections, values);
  const answers: ParsedAnswer[] = [];
  const invalid: AnswerProblem[] = [];
  const missing: AnswerProblem[] = [];
  for (const question of allQuestions(sections)) {
    if (!visible.has(question.id)) continue;
    const name = fieldName.value(question.id);
    const problem = (code: string, fieldId = name) =>
      invalid.push({ questionId: question.id, fieldId, code });
    const keys = new Set(question.options.map((o) => o.key));
    let answered = false;
    switch (question.kind) {
      case "short-text":
      case "long-text": {
        const value = single(values, name);
        const max = question.kind === "short-text" ? LIMITS.short : LIMITS.long;
        if (value.length > max) problem("surveys.answer.tooLong");
        else if (value) {
          answers.push({ ...empty(question.id), textValue: value });
          answered = true;
        }
        break;
      }
      case "single-choice":
      case "yes-no": {
        const value = single(values, name);
        const allowed = question.kind === "yes-no" ? new Set(["yes", "no"]) : keys;
        if (value && !allowed.has(value)) problem("surveys.answer.unknownChoice");
        else if (value) {
          answers.push({ ...empty(question.id), optionKeys: [value] });
          answered = true;
        }
        break;
      }
      case "multiple-choice": {
        const chosen = [...new Set(many(values, name))];
        const other = single(values, fieldName.other(question.id));
        const wantsOther = chosen.includes(OTHER) && question.settings.allowOther === true;
        const known = chosen.filter((key) => key !== OTHER);
        if (known.some((key) => !keys.has(key))) problem("surveys.answer.unknownChoice");
        else if (other.length > LIMITS.other)
          problem("surveys.answer.tooLong", fieldName.other(question.id));
        else if (wantsOther && !other)
          problem("surveys.answer.otherEmpty", fieldName.other(question.id));
        else if (known.length > 0 || wantsOther) {
          answers.push({
            ...empty(question.id),
            optionKeys: known,
            otherText: wantsOther ? other : null,
          });
          answered = true;
        }
        break;
      }
      case "scale":
      case "number": {
        const value = single(values, name).replace(",", ".");
        if (!value) break;
        const number = Number(value);
        const min = question.kind === "scale" ? 1 : question.settings.min;
        const max = question.kind === "scale" ? 5 : question.settings.max;
        if (!/^-?\d{1,12}(\.\d{1,4})?$/.test(value) || !Number.isFinite(number))
          problem("surveys.answer.notANumber");
        else if (question.kind === "scale" && !Number.isInteger(number))
          problem("surveys.answer.unknownChoice");
        else if ((min !== undefined && number < min) || (max !== undefined && number > max))
          problem("surveys.answer.outOfRange");
        else {
          answers.push({ ...empty(question.id), numberValue: value });
          answered = true;
        }
        break;
      }
      case "date": {
        const value = single(values, name);
        if (value && !isValidDate(value)) problem("surveys.answer.notADate");
        else if (value) {
          answers.push({ ...empty(question.id), dateValue: value });
          answered = true;
        }
        break;
      }
      case "objective-matrix": {
        let rowsAnswered = 0;
        let firstEmpty: string | null = null;
        for (const objective of objectives) {
          const rowName = fieldName.row(question.id, objective.id);
          const commentName = fieldName.comment(question.id, objective.id);
          const value = single(values, rowName);
          const comment = question.settings.rowComments ? single(values, commentName) : "";
          if (value && !keys.has(value)) {
            problem("surveys.answer.unknownChoice", rowName);
            continue;
          }
          if (comment.length > LIMITS.comment) {
            problem("surveys.answer.tooLong", commentName);
            continue;
          }
          if (value) rowsAnswered++;
          else firstEmpty ??= rowName;
          if (value || comment) {
            answers.push({
              ...empty(question.id, objective.id),
              optionKeys: value ? [value] : null,
              comment: comment || null,
            });
          }
        }
        answered = rowsAnswered === objectives.length;
        if (question.required && !answered && rowsAnswered > 0 && firstEmpty) {
          missing.push({
            questionId: question.id,
            fieldId: firstEmpty,
            code: "surveys.answer.rowsMissing",
          });
          continue;
        }
        break;
      }
    }
    if (question.required && !answered && !invalid.some((p) => p.questionId === question.id)) {
      missing.push({ questionId: question.id, fieldId: name, code: "surveys.answer.required" });
    }
  }
  return { answers, invalid, missing, visible };
}

/** The form values that stored answers stand for (to fill the page). */
export function valuesFromAnswers(answers: ParsedAnswer[], sections: SectionView[]): FormValues {
  const kinds = new Map(allQuestions(sections).map((q) => [q.id, q.kind]));
  const values: FormValues = {};
  for (const answer of answers) {
    const kind = kinds.get(answer.questionId);
    const name = fieldName.value(answer.questionId);
    if (kind === "objective-matrix" && answer.objectiveId !== null) {
      if (answer.optionKeys?.[0])
        values[fieldName.row(answer.questionId, answer.objectiveId)] = answer.optionKeys[0];
      if (answer.comment)
        values[fieldName.comment(answer.questionId, answer.objectiveId)] = answer.comment;
    } else if (kind === "multiple-choice") {
      values[name] = [...(answer.optionKeys ?? []), ...(answer.otherText !== null ? [OTHER] : [])];
      if (answer.otherText !== null) values[fieldName.other(answer.questionId)] = answer.otherText;
    } else if (kind === "single-choice" || kind === "yes-no") {
      values[name] = answer.optionKeys?.[0] ?? "";
    } else if (kind === "scale" || kind === "number") {
      values[name] = answer.numberValue === null ? "" : String(Number(answer.numberValue));
    } else if (kind === "date") {
      values[name] = answer.dateValue ?? "";
    } else {
      values[name] = answer.textValue ?? "";
    }
  }
  return values;
}

/** Only the fields a survey asks, so a crafted form cannot bring in anything else. */
export function valuesFromFormData(
  formData: FormData,
  sections: SectionView[],
  objectives: ObjectiveRow[],
): FormValues {
  const values: FormValues = {};
  const take = (name: string, multiple = false) => {
    const all = formData
      .getAll(name)
      .filter((v): v is string => typeof v === "string")
      .map(cleanText);
    if (all.length === 0) return;
    values[name] = multiple ? all : all[0]!;
  };
  for (const question of allQuestions(sections)) {
    if (question.kind === "objective-matrix") {
      for (const objective of objectives) {
        take(fieldName.row(question.id, objective.id));
        take(fieldName.comment(question.id, objective.id));
      }
    } else {
      take(fieldName.value(question.id), question.kind === "multiple-choice");
      if (question.kind === "multiple-choice") take(fieldName.other(question.id));
    }
  }
  return values;
}

/** Per section: required questions shown, how many are answered, which are missing. */
export function sectionProgress(
  sections: SectionView[],
  objectives: ObjectiveRow[],
  values: FormValues,
) {
  const { missing, visible } = readAnswers(sections, objectives, values);
  const missingIds = new Set(missing.map((m) => m.questionId));
  return sections.map((section) => {
    const required = section.questions.filter((q) => q.required && visible.has(q.id));
    return {
      sectionId: section.id,
      required: required.length,
      answered: required.filter((q) => !missingIds.has(q.id)).length,
      missing: missing.filter((m) => section.questions.some((q) => q.id === m.questionId)),
    };
  });
}

/** A stable key for a new option, from its English label, unique within the question. */
export function optionKey(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "option";
  let key = base === OTHER ? "option" : base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}
