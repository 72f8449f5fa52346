import { Button, Heading, Link, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { emailTranslator, singleLine, type EmailLocale } from "../translate";
import { styles } from "./styles";

// The pieces every template body is made of, so they all look and read alike.

export function Title({ children }: { children: ReactNode }) {
  return (
    <Heading as="h1" style={styles.heading}>
      {children}
    </Heading>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={styles.paragraph}>{children}</Text>;
}

export function Greeting({ language, name }: { language: EmailLocale; name: string | null }) {
  const t = emailTranslator(language);
  const cleanName = name === null ? "" : singleLine(name);
  return (
    <Paragraph>
      {cleanName === "" ? t("common.greetingNoName") : t("common.greeting", { name: cleanName })}
    </Paragraph>
  );
}

export function Signature({ language }: { language: EmailLocale }) {
  return <Paragraph>{emailTranslator(language)("common.signature")}</Paragraph>;
}

/** A reference number, on a line of its own so it is easy to find and copy. */
export function Reference({ language, reference }: { language: EmailLocale; reference: string }) {
  return (
    <Paragraph>
      <strong>{emailTranslator(language)("common.reference", { reference })}</strong>
    </Paragraph>
  );
}

/**
 * The main thing to do, as a button-like link with meaningful text, then the address itself
 * for mail clients that break links (left out of the plain-text part, which shows it already).
 */
export function Action({
  language,
  href,
  children,
}: {
  language: EmailLocale;
  href: string;
  children: ReactNode;
}) {
  return (
    <>
      <Section style={{ margin: "8px 0 16px" }}>
        <Button href={href} style={styles.action}>
          {children}
        </Button>
      </Section>
      <Text style={styles.small} data-skip-in-text="true">
        {emailTranslator(language)("common.linkFallback")}{" "}
        <Link href={href} style={styles.fallbackUrl}>
          {href}
        </Link>
      </Text>
    </>
  );
}

/** A short list (reference numbers, counts). */
export function List({ items }: { items: Array<{ key: string; content: ReactNode }> }) {
  return (
    <ul style={styles.list}>
      {items.map((item) => (
        <li key={item.key}>{item.content}</li>
      ))}
    </ul>
  );
}

/** Text written by staff (a moderator's message), one paragraph per line it was written in. */
export function Quote({ text }: { text: string }) {
  const paragraphs = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  return (
    <Section style={styles.quote}>
      {paragraphs.map((line, index) => (
        <Paragraph key={index}>{line}</Paragraph>
      ))}
    </Section>
  );
}
