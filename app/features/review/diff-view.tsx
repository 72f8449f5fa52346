import type { Translate } from "~/i18n/translate";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

/**
 * A word diff read the same by eye and by screen reader: additions are <ins> (underlined),
 * removals <del> (struck through), each announced with a hidden "added:"/"removed:" word,
 * so the change never rests on colour alone.
 */
export function DiffView({ parts, t, lang }: { parts: DiffPart[]; t: Translate; lang?: string }) {
  return (
    <p className="review-diff preserve-lines" lang={lang}>
      {parts.map((part, index) =>
        part.kind === "same" ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === "added" ? (
          <ins key={index}>
            <span className="visually-hidden">[{t("review.diff.added")} </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : (
          <del key={index}>
            <span className="visually-hidden">[{t("review.diff.removed")} </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </del>
        ),
      )}
    </p>
  );
}
