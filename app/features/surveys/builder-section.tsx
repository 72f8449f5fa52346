import { Form } from "@remix-run/react";
import type { MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import {
  ActionButton,
  BilingualFields,
  KindSelect,
  QuestionEditor,
  type Typed,
} from "./builder-forms";
import { text, type SectionView } from "./survey-logic";

/** One section in the builder: its title, its questions with their tools, a form to add one. */
export function BuilderSection({
  section,
  sectionIndex,
  sections,
  version,
  typed,
}: {
  section: SectionView;
  sectionIndex: number;
  sections: SectionView[];
  version: number;
  typed: Typed;
}) {
  const { t, locale } = useTranslation();
  return (
    <section
      key={section.id}
      id={`s${section.id}`}
      aria-labelledby={`s${section.id}-title`}
      className="builder-section"
    >
      <h2 id={`s${section.id}-title`}>
        {t("surveys.respond.sectionHeading", {
          number: sectionIndex + 1,
          title: text(locale, section, "title"),
        })}
      </h2>
      <div className="button-row">
        {sectionIndex > 0 ? (
          <ActionButton
            version={version}
            intent="moveSection"
            fields={{ sectionId: section.id, direction: "up" }}
            label={t("surveys.builder.moveSectionUp", { number: sectionIndex + 1 })}
          />
        ) : null}
        {sectionIndex < sections.length - 1 ? (
          <ActionButton
            version={version}
            intent="moveSection"
            fields={{ sectionId: section.id, direction: "down" }}
            label={t("surveys.builder.moveSectionDown", { number: sectionIndex + 1 })}
          />
        ) : null}
        <ActionButton
          version={version}
          intent="deleteSection"
          fields={{ sectionId: section.id }}
          label={t("surveys.builder.deleteSection", { number: sectionIndex + 1 })}
        />
      </div>
      <details open={typed.target === `s${section.id}`}>
        <summary>{t("surveys.builder.editSection", { number: sectionIndex + 1 })}</summary>
        <Form method="post" noValidate>
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="sectionId" value={section.id} />
          <BilingualFields
            target={`s${section.id}`}
            names={["titleEn", "titleFr"]}
            labels={[t("surveys.field.sectionTitleEn"), t("surveys.field.sectionTitleFr")]}
            typed={typed}
            values={[section.titleEn, section.titleFr]}
          />
          <BilingualFields
            target={`s${section.id}`}
            names={["descriptionEn", "descriptionFr"]}
            labels={[t("surveys.field.descriptionEn"), t("surveys.field.descriptionFr")]}
            typed={typed}
            values={[section.descriptionEn, section.descriptionFr]}
            long
          />
          <button type="submit" name="intent" value="updateSection" className="button">
            {t("surveys.builder.saveSection")}
          </button>
        </Form>
      </details>
      {section.questions.length === 0 ? <p>{t("surveys.builder.sectionEmpty")}</p> : null}
      <ol className="builder-questions">
        {section.questions.map((question, index) => (
          <li
            key={question.id}
            id={`q${question.id}`}
            data-testid={`builder-question-${question.id}`}
          >
            <h3 lang={locale}>
              {text(locale, question, "prompt")}{" "}
              <span className="status">{t(`surveys.kind.${question.kind}` as MessageKey)}</span>
              {question.required ? (
                <span className="status">{t("surveys.respond.required")}</span>
              ) : null}
            </h3>
            <div className="button-row">
              {index > 0 ? (
                <ActionButton
                  version={version}
                  intent="moveQuestion"
                  fields={{ questionId: question.id, direction: "up" }}
                  label={t("surveys.builder.moveUp", {
                    question: text(locale, question, "prompt"),
                  })}
                />
              ) : null}
              {index < section.questions.length - 1 ? (
                <ActionButton
                  version={version}
                  intent="moveQuestion"
                  fields={{ questionId: question.id, direction: "down" }}
                  label={t("surveys.builder.moveDown", {
                    question: text(locale, question, "prompt"),
                  })}
                />
              ) : null}
              <ActionButton
                version={version}
                intent="deleteQuestion"
                fields={{ questionId: question.id }}
                label={t("surveys.builder.deleteQuestion", {
                  question: text(locale, question, "prompt"),
                })}
              />
              {question.options.map((option) => (
                <ActionButton
                  key={option.id}
                  version={version}
                  intent="deleteOption"
                  fields={{ questionId: question.id, optionId: option.id }}
                  label={t("surveys.builder.deleteOption", {
                    option: text(locale, option, "label"),
                  })}
                />
              ))}
            </div>
            <details open={typed.target === `q${question.id}`}>
              <summary>
                {t("surveys.builder.editQuestionNamed", {
                  question: text(locale, question, "prompt"),
                })}
              </summary>
              <QuestionEditor
                question={question}
                sections={sections}
                version={version}
                typed={typed}
              />
            </details>
          </li>
        ))}
      </ol>
      <details open={typed.target === `add${section.id}`}>
        <summary>{t("surveys.builder.addQuestionTo", { number: sectionIndex + 1 })}</summary>
        <Form method="post" noValidate>
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="sectionId" value={section.id} />
          <KindSelect
            id={`add${section.id}-kind`}
            value={
              typed.target === `add${section.id}`
                ? (typed.payload.kind ?? "short-text")
                : "short-text"
            }
          />
          <BilingualFields
            target={`add${section.id}`}
            names={["promptEn", "promptFr"]}
            labels={[t("surveys.field.promptEn"), t("surveys.field.promptFr")]}
            typed={typed}
            values={["", ""]}
          />
          <button type="submit" name="intent" value="addQuestion" className="button">
            {t("surveys.builder.addQuestion")}
          </button>
        </Form>
      </details>
    </section>
  );
}
