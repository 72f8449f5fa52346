import { render } from "@react-email/render";
import { describe, expect, it } from "vitest";
import { EMAIL_EVENTS, OPTIONAL_EVENTS, type EmailEvent, type EmailLanguage } from "./events";
import { en, fr, type EmailMessageKey } from "./messages";
import { emailElement, emailSubject, plainTextOptions, renderEmail } from "./render.server";
import { sampleEmailData } from "./sample-data";
import { singleLine } from "./translate";

const LANGUAGES = ["en", "fr", "bilingual"] as const satisfies readonly EmailLanguage[];
const REFERENCE = /RT-\d{4}-\d{6}/g;
const EVIL_NAME = "Eve\r\nBcc: attacker@example.com";

interface DataUrl {
  /** where in the data it is, the same for its English and French versions */
  path: string;
  url: string;
  language: "en" | "fr" | "any";
}

const isUrl = (value: unknown): value is string =>
  typeof value === "string" && /^https?:\/\//.test(value);

/** Every URL in an event's data: `{ en, fr }` pairs and single-language strings. */
function urlsOf(value: unknown, path = "data"): DataUrl[] {
  if (isUrl(value)) return [{ path, url: value, language: "any" }];
  if (Array.isArray(value))
    return value.flatMap((item, index) => urlsOf(item, `${path}[${index}]`));
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (isUrl(record.en) && isUrl(record.fr))
      return [
        { path, url: record.en, language: "en" },
        { path, url: record.fr, language: "fr" },
      ];
    return Object.entries(record).flatMap(([key, item]) => urlsOf(item, `${path}.${key}`));
  }
  return [];
}

const urlsFor = (event: EmailEvent, language: EmailLanguage) =>
  urlsOf(sampleEmailData[event]).filter(
    (u) => u.language === "any" || language === "bilingual" || u.language === language,
  );

/** Every reference number in an event's data. */
const referencesOf = (event: EmailEvent) =>
  [...new Set(JSON.stringify(sampleEmailData[event]).match(REFERENCE) ?? [])].sort();

const referencesIn = (text: string) => [...new Set(text.match(REFERENCE) ?? [])].sort();

const hrefsIn = (html: string) =>
  [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));

/** What an href attribute holds once React has escaped the URL. */
const asAttribute = (url: string) => url.replaceAll("&", "&amp;");

/** The same data with user-controlled text broken over lines, as an attacker would send it. */
function withInjectedText<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withInjectedText) as T;
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(record)) {
      if (["recipientName", "inviterName", "assignedBy"].includes(key)) out[key] = EVIL_NAME;
      else if (/Title$|Name$/.test(key) && item && typeof item === "object")
        out[key] = { en: `Title\r\nBcc: a@example.com`, fr: `Titre\nBcc: a@example.com` };
      else out[key] = withInjectedText(item);
    }
    return out as T;
  }
  return value;
}

describe.each(EMAIL_EVENTS.map((event) => [event]))("%s", (event) => {
  const data = sampleEmailData[event];

  describe.each(LANGUAGES.map((language) => [language]))("in %s", (language) => {
    it("has a one-line subject, lang attributes, a heading and a text part", async () => {
      const email = await renderEmail(event, language, data);
      expect(email.subject.trim()).not.toBe("");
      expect(email.subject).not.toMatch(/[\r\n]/);
      const htmlLang = language === "fr" ? "fr" : "en";
      expect(email.html).toMatch(new RegExp(`<html[^>]*\\blang="${htmlLang}"`));
      expect(email.html).toMatch(new RegExp(`<title>[^<]*</title>`));
      if (language !== "en") expect(email.html).toContain('lang="fr"');
      if (language !== "fr") expect(email.html).toContain('lang="en"');
      expect(email.html.match(/<h1\b/g)).toHaveLength(language === "bilingual" ? 2 : 1);
      expect(email.text.trim()).not.toBe("");
    });

    it("has the text part react-email's own plain-text render gives", async () => {
      const email = await renderEmail(event, language, data);
      const text = await render(emailElement(event, language, data), {
        plainText: true,
        htmlToTextOptions: plainTextOptions,
      });
      expect(email.text).toBe(text);
    });

    it("fills every placeholder", async () => {
      const email = await renderEmail(event, language, data);
      for (const part of [email.subject, email.html, email.text])
        expect(part).not.toMatch(/\{\w+\}/);
    });

    it("carries every link of its language in both the HTML and the text", async () => {
      const email = await renderEmail(event, language, data);
      const urls = urlsFor(event, language);
      expect(urls.length).toBeGreaterThan(0);
      for (const { url } of urls) {
        expect(email.html).toContain(`href="${asAttribute(url)}"`);
        expect(email.text).toContain(url);
      }
      // and no link to a page in the other language
      const expected = new Set(urls.map((u) => u.url));
      for (const href of hrefsIn(email.html)) expect(expected).toContain(href);
    });

    it("carries every reference number in both the HTML and the text", async () => {
      const email = await renderEmail(event, language, data);
      expect(referencesIn(email.html)).toEqual(referencesOf(event));
      expect(referencesIn(email.text)).toEqual(referencesOf(event));
    });

    it("keeps the subject on one line whatever the names and titles hold", async () => {
      const evil = withInjectedText(data);
      const email = await renderEmail(event, language, evil);
      expect(email.subject).not.toMatch(/[\r\n]/);
      expect(emailSubject(event, language, evil)).toBe(email.subject);
      expect(email.text).not.toMatch(/^Bcc:/m);
    });
  });

  it("says the same in English and French: same links, same reference numbers", async () => {
    const [english, french] = await Promise.all([
      renderEmail(event, "en", data),
      renderEmail(event, "fr", data),
    ]);
    const pathOf = (language: "en" | "fr") => {
      const byUrl = new Map(
        urlsOf(data)
          .filter((u) => u.language === "any" || u.language === language)
          .map((u) => [u.url, u.path]),
      );
      return (href: string) => byUrl.get(href) ?? `unknown: ${href}`;
    };
    const paths = (html: string, language: "en" | "fr") =>
      [...new Set(hrefsIn(html).map(pathOf(language)))].sort();
    expect(paths(french.html, "fr")).toEqual(paths(english.html, "en"));
    expect(referencesIn(french.text)).toEqual(referencesIn(english.text));
    expect(referencesIn(french.html)).toEqual(referencesIn(english.html));
  });

  it("puts both subjects in a bilingual e-mail, English first", async () => {
    const [english, french, bilingual] = await Promise.all([
      renderEmail(event, "en", data),
      renderEmail(event, "fr", data),
      renderEmail(event, "bilingual", data),
    ]);
    expect(bilingual.subject).toBe(`${english.subject} / ${french.subject}`);
    expect(bilingual.html.indexOf('lang="en"')).toBeLessThan(bilingual.html.indexOf('lang="fr"'));
    expect(bilingual.text).toContain(en["common.bilingualNote"]);
    expect(bilingual.text).toContain(fr["common.bilingualNote"]);
  });

  const optional = (OPTIONAL_EVENTS as readonly EmailEvent[]).includes(event);
  it(optional ? "has a link to stop these e-mails" : "has no unsubscribe link", async () => {
    for (const language of LANGUAGES) {
      const email = await renderEmail(event, language, data);
      for (const label of [en["common.unsubscribe"], fr["common.unsubscribe"]]) {
        if (optional) expect(email.text).toContain(label);
        else expect(email.text).not.toContain(label);
      }
    }
  });
});

describe("input.decided", () => {
  const data = sampleEmailData["input.decided"];

  it("shows the moderator's message, one paragraph per line", async () => {
    const email = await renderEmail("input.decided", "en", data);
    for (const line of data.message!.split("\n")) {
      expect(email.html).toContain(line);
      expect(email.text).toContain(line);
    }
  });

  it("escapes the moderator's message", async () => {
    const email = await renderEmail("input.decided", "fr", {
      ...data,
      message: '<script>alert("x")</script>',
    });
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("&lt;script&gt;");
  });

  it("leaves the message out when there is none", async () => {
    const email = await renderEmail("input.decided", "en", { ...data, message: null });
    expect(email.text).not.toContain(en["input.decided.messageIntro"]);
  });
});

describe("subjects", () => {
  it("keep a name with a line break on one line", async () => {
    for (const event of EMAIL_EVENTS)
      for (const language of LANGUAGES) {
        const email = await renderEmail(event, language, {
          ...sampleEmailData[event],
          recipientName: EVIL_NAME,
        });
        expect(email.subject).not.toMatch(/[\r\n]/);
      }
  });

  it("name the organization a person is invited to join", () => {
    const data = {
      ...sampleEmailData["invitation.sent"],
      organizationName: { en: "Refugee\r\nCentre", fr: "Centre\n\n pour réfugiés" },
    };
    expect(emailSubject("invitation.sent", "en", data)).toBe(
      "Invitation to join Refugee Centre on Roundtable",
    );
    expect(emailSubject("invitation.sent", "fr", data)).toBe(
      "Invitation à vous joindre à Centre pour réfugiés dans Table ronde",
    );
  });

  it("say how many inputs were assigned, in the right number", () => {
    const data = { ...sampleEmailData["input.assigned"], references: ["RT-2021-000123"] };
    expect(emailSubject("input.assigned", "en", data)).toBe("1 input assigned to you for review");
    expect(emailSubject("input.assigned", "fr", data)).toBe(
      "1 contribution vous a été attribuée pour examen",
    );
  });

  it("singleLine removes control characters and collapses whitespace", () => {
    expect(singleLine("  Eve\r\nBcc:\t x\u2028y\u0000z ")).toBe("Eve Bcc: x y z");
  });
});

describe("dates", () => {
  it("are shown in Ottawa's time, in each language's format", async () => {
    const data = sampleEmailData["password.changed"]; // 15:12 UTC in March: 11:12 a.m. EDT
    const [english, french] = await Promise.all([
      renderEmail("password.changed", "en", data),
      renderEmail("password.changed", "fr", data),
    ]);
    expect(english.text).toMatch(/March 10, 2025 at 11:12\sa\.m\.\sEDT/);
    expect(french.text).toMatch(/10 mars 2025 à 11\sh\s12\sHAE/);
  });
});

const placeholders = (message: string) =>
  [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("e-mail message catalogs", () => {
  const keys = Object.keys(en) as EmailMessageKey[];

  it("have exactly the same keys in English and French", () => {
    expect(Object.keys(fr).sort()).toEqual([...keys].sort());
  });

  it("have no empty message in either language", () => {
    for (const catalog of [en, fr])
      for (const [key, message] of Object.entries(catalog))
        expect(message.trim(), key).not.toBe("");
  });

  it("use the same placeholders in both languages", () => {
    for (const key of keys) expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
  });

  it("follow French typography: non-breaking space before a colon and inside « »", () => {
    for (const [key, message] of Object.entries(fr)) {
      expect(message, key).not.toMatch(/[^\u00a0]:(\s|$)/);
      expect(message, key).not.toMatch(/«[^\u00a0]|[^\u00a0]»/);
      expect(message, key).not.toContain("'");
    }
  });
});
