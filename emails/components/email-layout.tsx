import {
  Body,
  Container,
  Head,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import { Fragment, type ReactNode } from "react";
import type { EmailLanguage } from "../events";
import type { EmailMessageKey } from "../messages";
import { emailTranslator, type EmailLocale } from "../translate";
import { styles } from "./styles";

/** The languages an e-mail holds, in reading order. */
export function bodyLanguages(language: EmailLanguage): EmailLocale[] {
  return language === "bilingual" ? ["en", "fr"] : [language];
}

const other = (language: EmailLocale): EmailLocale => (language === "en" ? "fr" : "en");

/** Both languages, the reader's first, each marked with its `lang`. */
function BothLanguages({
  first,
  text,
}: {
  first: EmailLocale;
  text: (language: EmailLocale) => string;
}) {
  return (
    <>
      <span lang={first}>{text(first)}</span>
      {" / "}
      <span lang={other(first)}>{text(other(first))}</span>
    </>
  );
}

export interface EmailLayoutProps {
  language: EmailLanguage;
  /** the subject, also the document's title */
  subject: string;
  /** the line mail clients show after the subject */
  preview: string;
  /** the message that ends "You receive this message because …" */
  footerReason: EmailMessageKey;
  /** for the e-mails one may turn off: a "Stop these e-mails" link */
  unsubscribeUrl?: string;
  /** the body in one language */
  children: (language: EmailLocale) => ReactNode;
}

/**
 * The frame of every e-mail: the bilingual Roundtable banner, the body in one language or
 * in both (English first, each part in a `lang` section), and the footer.
 */
export function EmailLayout({
  language,
  subject,
  preview,
  footerReason,
  unsubscribeUrl,
  children,
}: EmailLayoutProps) {
  const languages = bodyLanguages(language);
  const first: EmailLocale = language === "fr" ? "fr" : "en";
  const name = (l: EmailLocale) => emailTranslator(l)("common.appName");
  const government = (l: EmailLocale) => emailTranslator(l)("common.government");

  return (
    <Html lang={first}>
      <Head>
        <title>{subject}</title>
      </Head>
      <Body style={styles.body}>
        <Preview>{preview}</Preview>
        <Container style={styles.container}>
          <Section style={styles.banner}>
            <Text style={styles.bannerName}>
              <BothLanguages first={first} text={name} />
            </Text>
            <Text style={styles.bannerGovernment}>
              <BothLanguages first={first} text={government} />
            </Text>
          </Section>

          <Section style={styles.content}>
            {language === "bilingual" && (
              <Text style={styles.note}>
                <BothLanguages
                  first="en"
                  text={(l) => emailTranslator(l)("common.bilingualNote")}
                />
              </Text>
            )}
            {languages.map((l, index) => (
              <Fragment key={l}>
                {index > 0 && <Hr style={styles.rule} />}
                <Section lang={l}>{children(l)}</Section>
              </Fragment>
            ))}
          </Section>

          <Section style={styles.footer}>
            {languages.map((l) => {
              const t = emailTranslator(l);
              return (
                <Section key={l} lang={l}>
                  <Text style={styles.small}>{t(footerReason)}</Text>
                  <Text style={styles.small}>{t("common.noReply")}</Text>
                  <Text style={styles.small}>
                    {t("common.appName")}, {t("common.government")}
                  </Text>
                </Section>
              );
            })}
            {unsubscribeUrl && (
              <Text style={styles.small}>
                <Link href={unsubscribeUrl} style={styles.link}>
                  <BothLanguages
                    first={first}
                    text={(l) => emailTranslator(l)("common.unsubscribe")}
                  />
                </Link>
              </Text>
            )}
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
