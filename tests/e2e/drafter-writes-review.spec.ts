import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations } from "./fixtures";
import { emailsTo, waitForEmail, type CaughtEmail } from "./mail";
import { docxText, download, pdfText } from "./review-export-helpers";
import { CONTRIBUTORS, prepareCitableInputs } from "./review-publication-fixture";

// Each language drafts the review of its own demo consultation (EN: 2020, FR: 2021), so the
// two journeys never share a review, a citation or an e-mail subject.
const CONSULTATIONS = {
  en: {
    slug: "2020-regional-review",
    title: { en: "2020 GCM regional review", fr: "Examen régional du PMM 2020" },
  },
  fr: {
    slug: "2021-update",
    title: {
      en: "2021 update to Canada's voluntary inputs",
      fr: "Mise à jour 2021 des contributions volontaires du Canada",
    },
  },
} as const;

/** What the "you said, we did" e-mail says, in the recipient's language. */
const EMAIL = {
  en: {
    subject: (review: string) => `The review you contributed to is published: ${review}`,
    citation: (reference: string) => `Input ${reference}: section 3,`,
  },
  fr: {
    subject: (review: string) => `L’examen auquel vous avez contribué est publié : ${review}`,
    citation: (reference: string) => `Contribution ${reference} : section 3,`,
  },
} as const;

/** Non-breaking spaces (French typography) read as spaces; runs of white space as one. */
function flat(text: string) {
  return text.replace(/[\s\u00a0\u202f]+/g, " ");
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const WORDS = {
  en: {
    consultation: "2020 GCM regional review",
    reviews: "Reviews",
    methodology: /^1\. /,
    progress: /^3\. /,
    bodyEn: "English text (Markdown)",
    bodyFr: "French text (Markdown)",
    objective: "Objective",
    filter: "Filter",
    citeLang: "Citations go into",
    insertFacts: "Insert these facts as text (English and French)",
    factsInserted: "The facts were added at the end of the English and French texts",
    save: "Save (new revision)",
    saved: "Saved as revision",
    preview: "Preview",
    cited: (reference: string) => `Citation ${reference} added at the end of the English text`,
    cite: (reference: string) => `Cite ${reference}`,
    factsEn: "The consultation was open from June 1, 2020",
    factsFr: "La consultation était ouverte du 1 juin 2020",
    overview: "Review overview",
    coverage: "Coverage of the objectives",
    covered: "Covered",
    gap: "Gap: nothing cited",
    frBehind: "Out of parity: the French text is behind the English",
    inParity: "In parity",
    submit: "Submit for approval",
    parityRequired: "These sections are out of parity",
    submitted: "Submitted for approval (locked)",
    comment: "Comments for the drafters (required to return)",
    return: "Return to the drafters",
    returned: "Returned for changes",
    approve: "Approve the review",
    approved: "Approved (locked)",
    locked: "The review is locked",
    words: /\d+ words of the suggested 2,000/,
    conflict: "Dana Singh saved this section on",
    theirs: "Their text in English",
    revisionsLink: "Revisions of this section",
    from: "From revision",
    to: "To revision",
    compare: "Show the differences",
    restore: "Restore revision 1",
    restored: "Revision 1 restored as a new revision.",
    search: "Search (English or French)",
    publication: "Export and publish the review",
    languageName: "English",
    documentTitle: "Canada’s voluntary review of the Global Compact for Migration",
    contents: "Contents",
    annex: "Annex: inputs cited",
    reference: "Reference",
    anonymous: "Organization not named at its request",
    // The English text of section 3 as saved: citations numbered in order of appearance.
    citedText: ["Partners reported results [1]", "Unsaved words stay. [2]"],
    publish: "Publish the review",
    published: "The review is published.",
    publicPage: "Public page of the review",
    citedIn: "Cited in section 3 of the published review",
  },
  fr: {
    consultation: "Mise à jour 2021 des contributions volontaires du Canada",
    reviews: "Examens",
    methodology: /^1\. /,
    progress: /^3\. /,
    bodyEn: "Texte anglais (Markdown)",
    bodyFr: "Texte français (Markdown)",
    objective: "Objectif",
    filter: "Filtrer",
    citeLang: "Les citations vont dans",
    insertFacts: "Insérer ces données dans le texte (anglais et français)",
    factsInserted: "Les données ont été ajoutées à la fin des textes anglais et français",
    save: "Enregistrer (nouvelle révision)",
    saved: "Enregistré comme révision",
    preview: "Aperçu",
    cited: (reference: string) => `Citation ${reference} ajoutée à la fin du texte anglais`,
    cite: (reference: string) => `Citer ${reference}`,
    factsEn: "The consultation was open from September 1, 2021",
    factsFr: "La consultation était ouverte du 1 septembre 2021",
    overview: "Vue d'ensemble de l'examen",
    coverage: "Couverture des objectifs",
    covered: "Couvert",
    gap: "Lacune : aucune citation",
    frBehind: "Parité rompue : le texte français est en retard sur l'anglais",
    inParity: "Textes à parité",
    submit: "Soumettre pour approbation",
    parityRequired: "Ces sections ne sont pas à parité",
    submitted: "Soumis pour approbation (verrouillé)",
    comment: "Commentaires aux rédacteurs (obligatoires pour renvoyer)",
    return: "Renvoyer aux rédacteurs",
    returned: "Renvoyé pour modifications",
    approve: "Approuver l'examen",
    approved: "Approuvé (verrouillé)",
    locked: "L'examen est verrouillé",
    words: /\d+ mots sur les 2\s000 suggérés/,
    conflict: "Dana Singh a enregistré cette section le",
    theirs: "Son texte en anglais",
    revisionsLink: "Révisions de cette section",
    from: "De la révision",
    to: "À la révision",
    compare: "Afficher les différences",
    restore: "Rétablir la révision 1",
    restored: "La révision 1 est rétablie comme nouvelle révision.",
    search: "Recherche (anglais ou français)",
    publication: "Exporter et publier l’examen",
    languageName: "français",
    documentTitle: "Examen volontaire du Canada sur le Pacte mondial sur les migrations",
    contents: "Table des matières",
    annex: "Annexe : contributions citées",
    reference: "Référence",
    anonymous: "Organisation non nommée à sa demande",
    citedText: ["vénézuéliens dans la région. [1]", "fait état de résultats [2]"],
    publish: "Publier l’examen",
    published: "L’examen est publié.",
    publicPage: "Page publique de l’examen",
    citedIn: "Citée dans la section 3 de l’examen publié",
  },
} as const;

async function openSection(page: Page, overviewUrl: string, name: RegExp) {
  await page.goto(overviewUrl);
  await page.getByRole("table").getByRole("link", { name }).click();
  await expect(page).toHaveURL(/\/sections\/\d+$/);
}

for (const locale of ["en", "fr"] as const) {
  const w = WORDS[locale];
  test(`a drafter writes sections 1 and 3 from the evidence; an approver returns once, approves, exports and publishes; the cited contributors are told (${locale})`, async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const consultation = CONSULTATIONS[locale];
    // Accepted inputs of four contributors with accounts; only this journey's search word finds
    // them in the evidence panel.
    const tag = `journey${locale}`;
    const inputs = await prepareCitableInputs(consultation.slug, tag);
    const drafterContext = await browser.newContext();
    const page = await drafterContext.newPage();
    await signInWithBrowser(page, DEMO.drafter, locale);
    await page.goto(`/${locale}/staff`);
    await page
      .getByRole("region", { name: w.reviews })
      .getByRole("link", { name: w.consultation })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/staff/reviews/\\d+$`));
    const overviewUrl = new URL(page.url()).pathname;
    await expectNoAxeViolations(page);
    const sectionTitle = async (name: RegExp) =>
      (await page.getByRole("table").getByRole("link", { name }).textContent())!.trim();
    const sectionTitles = {
      methodology: await sectionTitle(w.methodology),
      progress: await sectionTitle(w.progress),
    };

    // Section 1: the Methodology facts, inserted with one action, then saved.
    await openSection(page, overviewUrl, w.methodology);
    await page.getByRole("button", { name: w.insertFacts }).click();
    await expect(page.getByRole("status")).toContainText(w.factsInserted);
    await expect(page.getByLabel(w.bodyEn)).toHaveValue(new RegExp(w.factsEn));
    await expect(page.getByLabel(w.bodyFr)).toHaveValue(new RegExp(w.factsFr));
    await page.getByRole("button", { name: w.save }).click();
    await expect(page.getByRole("status")).toContainText(`${w.saved} 1`);
    await expect(page.getByLabel(w.bodyEn)).toHaveValue(new RegExp(w.factsEn));

    // A second tab saves first: this tab's save, from revision 1, is refused with the other
    // text shown, and this tab keeps its own text.
    const sectionOneUrl = new URL(page.url()).pathname;
    const otherTab = await drafterContext.newPage();
    await otherTab.goto(sectionOneUrl);
    await otherTab.getByLabel(w.bodyEn).fill("Text from the other tab.");
    await otherTab.getByLabel(w.bodyFr).fill("Texte de l'autre onglet.");
    await otherTab.getByRole("button", { name: w.save }).click();
    await expect(otherTab.getByRole("status")).toContainText(`${w.saved} 2`);
    await otherTab.close();
    await page.getByLabel(w.bodyEn).fill("Methodology: my version.");
    await page.getByLabel(w.bodyFr).fill("Méthodologie : ma version.");
    await page.getByRole("button", { name: w.save }).click();
    await expect(page.getByRole("alert")).toContainText(w.conflict);
    await expect(page.getByRole("region", { name: w.theirs })).toContainText(
      "Text from the other tab.",
    );
    await expect(page.getByLabel(w.bodyEn)).toHaveValue("Methodology: my version.");
    await expectNoAxeViolations(page);
    // Having seen it, the drafter saves over it deliberately.
    await page.getByRole("button", { name: w.save }).click();
    await expect(page.getByRole("status")).toContainText(`${w.saved} 3`);

    // Revisions: the difference between 2 and 3, then revision 1 (the facts) restored.
    await page.getByRole("link", { name: w.revisionsLink }).click();
    await page.getByLabel(w.from, { exact: true }).selectOption("2");
    await page.getByLabel(w.to, { exact: true }).selectOption("3");
    await page.getByRole("button", { name: w.compare }).click();
    await expect(page.locator(".review-diff del").first()).toContainText("other");
    await expect(page.locator(".review-diff ins").first()).toContainText("version");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: w.restore }).click();
    await expect(page.getByRole("status")).toContainText(w.restored);
    await openSection(page, overviewUrl, w.methodology);
    await expect(page.getByLabel(w.bodyEn)).toHaveValue(new RegExp(w.factsEn));
    await expect(page.getByLabel(w.bodyFr)).toHaveValue(new RegExp(w.factsFr));

    // Section 3: evidence filtered by objective 7; two citations inserted at the cursor.
    await openSection(page, overviewUrl, w.progress);
    const sectionUrl = new URL(page.url()).pathname;
    await page.getByLabel(w.objective, { exact: true }).selectOption("7");
    await page.getByLabel(w.search).fill(tag);
    await page.getByRole("button", { name: w.filter, exact: true }).click();
    await expect(page).toHaveURL(/objective=7/);
    const evidence = page.locator("li[data-reference]");
    await expect(evidence.first()).toBeVisible();
    const references = await evidence.evaluateAll((items) =>
      items.slice(0, 3).map((item) => ({
        reference: item.getAttribute("data-reference")!,
        objectives: item.getAttribute("data-objectives")!.split(" ").map(Number),
      })),
    );
    // The three contributors' inputs, in reference order; outreach@'s (objective 3) is not there.
    expect(references.map((item) => item.reference)).toEqual([
      inputs.cited.province,
      inputs.cited.francophone,
      inputs.cited.expert,
    ]);
    await expectNoAxeViolations(page);

    const en = page.getByLabel(w.bodyEn);
    const fr = page.getByLabel(w.bodyFr);
    const wordsEn = page.getByTestId("words-en-count");
    await en.fill("Canada supported Venezuelan migrants and refugees in the region.");
    await expect(wordsEn).toHaveText(w.words);
    const before = await wordsEn.textContent();
    await en.press("End");
    await en.pressSequentially(" Partners reported results");
    await expect(wordsEn).not.toHaveText(before!);
    await page.getByRole("button", { name: w.cite(references[0]!.reference) }).click();
    await expect(en).toHaveValue(
      `Canada supported Venezuelan migrants and refugees in the region. Partners reported results [@${references[0]!.reference}]`,
    );
    await en.pressSequentially(".");
    await fr.fill("Le Canada a soutenu les migrants et réfugiés vénézuéliens dans la région.");
    await fr.press("End");
    await page.getByRole("button", { name: w.cite(references[1]!.reference) }).click();
    await expect(fr).toHaveValue(
      `Le Canada a soutenu les migrants et réfugiés vénézuéliens dans la région. [@${references[1]!.reference}]`,
    );
    // The citation token is not counted as a word.
    const wordsFr = page.getByTestId("words-fr-count");
    await expect(wordsFr).toContainText(locale === "en" ? "12 words" : "12 mots");
    await page.getByRole("button", { name: w.preview }).click();
    await expect(page.locator(".review-preview sup.citation").first()).toBeVisible();
    // The preview lists each cited input with its title and reference.
    await expect(
      page.locator('.review-preview article[lang="en"] li', {
        hasText: `(${references[0]!.reference})`,
      }),
    ).toBeVisible();
    await page.getByRole("button", { name: w.save }).click();
    await expect(page.getByRole("status")).toContainText(`${w.saved} 1`);

    // The third citation without JavaScript: a form that appends to the chosen language,
    // posting the current (unsaved) text along.
    const noScript = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await drafterContext.storageState(),
    });
    const plain = await noScript.newPage();
    await plain.goto(`${sectionUrl}?objective=7&q=${tag}`);
    await plain
      .getByLabel(w.bodyEn)
      .fill(
        `Canada supported Venezuelan migrants and refugees in the region. Partners reported results [@${references[0]!.reference}]. Unsaved words stay.`,
      );
    await plain.getByLabel(w.citeLang).selectOption("en");
    await plain.getByRole("button", { name: w.cite(references[2]!.reference) }).click();
    await expect(plain.getByRole("status")).toContainText(w.cited(references[2]!.reference));
    await expect(plain.getByLabel(w.bodyEn)).toHaveValue(
      `Canada supported Venezuelan migrants and refugees in the region. Partners reported results [@${references[0]!.reference}]. Unsaved words stay. [@${references[2]!.reference}]`,
    );
    await plain.getByRole("button", { name: w.save }).click();
    await expect(plain.getByRole("status")).toContainText(`${w.saved} 2`);
    // Only English changed: the section is out of parity.
    await expect(plain.getByTestId("section-parity")).toHaveText(w.frBehind);
    await noScript.close();

    // Coverage: the cited inputs' objectives are covered; the others are gaps.
    await page.goto(overviewUrl);
    await page.getByRole("link", { name: w.coverage }).click();
    const citedObjectives = new Set(references.flatMap((item) => item.objectives));
    const gap = Array.from({ length: 23 }, (_, index) => index + 1).find(
      (number) => !citedObjectives.has(number),
    )!;
    await expect(page.locator('tr[data-objective="7"]')).toContainText(w.covered);
    await expect(page.locator(`tr[data-objective="${gap}"]`)).toContainText(w.gap);
    await expectNoAxeViolations(page);

    // Submitting is refused out of parity; the drafter brings the French up to date.
    await page.goto(overviewUrl);
    await expect(page.getByRole("row", { name: w.progress })).toContainText(w.frBehind);
    await page.getByRole("button", { name: w.submit }).click();
    await expect(page.getByRole("alert")).toContainText(w.parityRequired);
    await openSection(page, overviewUrl, w.progress);
    await page
      .getByLabel(w.bodyFr)
      .fill(
        `Le Canada a soutenu les migrants et réfugiés vénézuéliens dans la région. [@${references[1]!.reference}] Les partenaires ont fait état de résultats [@${references[2]!.reference}].`,
      );
    await page.getByRole("button", { name: w.save }).click();
    await expect(page.getByRole("status")).toContainText(`${w.saved} 3`);
    await expect(page.getByTestId("section-parity")).toHaveText(w.inParity);

    await page.goto(overviewUrl);
    await page.getByRole("button", { name: w.submit }).click();
    await expect(page.getByTestId("review-status")).toHaveText(w.submitted);
    await expectNoAxeViolations(page);

    // The approver returns it once with comments, then approves the resubmission.
    const approverContext = await browser.newContext();
    const approver = await approverContext.newPage();
    await signInWithBrowser(approver, DEMO.approver, locale);
    await approver.goto(overviewUrl);
    await expectNoAxeViolations(approver);
    await approver.getByRole("button", { name: w.return }).click();
    await expect(approver.getByRole("alert")).toBeVisible();
    await approver.getByLabel(w.comment).fill("Section 2 is still empty; add a sentence.");
    await approver.getByRole("button", { name: w.return }).click();
    await expect(approver.getByTestId("review-status")).toHaveText(w.returned);
    await expect(approver.getByText("Section 2 is still empty; add a sentence.")).toBeVisible();

    await page.goto(overviewUrl);
    await expect(page.getByTestId("review-status")).toHaveText(w.returned);
    await page.getByRole("button", { name: w.submit }).click();
    await expect(page.getByTestId("review-status")).toHaveText(w.submitted);

    await approver.goto(overviewUrl);
    await approver.getByRole("button", { name: w.approve }).click();
    await expect(approver.getByTestId("review-status")).toHaveText(w.approved);
    await expectNoAxeViolations(approver);

    // Approved: the editor is read-only and offers no save.
    await page.goto(sectionUrl);
    await expect(page.getByText(w.locked)).toBeVisible();
    await expect(page.getByRole("button", { name: w.save })).toHaveCount(0);
    await drafterContext.close();

    // The approver exports the approved text from the staff pages, in Word and PDF, and reads
    // them: title page, contents, sections 1 and 3, numbered citations, the annex.
    await approver.goto(overviewUrl);
    await approver.getByRole("link", { name: w.publication }).click();
    await expect(approver).toHaveURL(`${overviewUrl}/publication`);
    await expectNoAxeViolations(approver);
    // In this language, section 3 cites two inputs: [1] and [2] in the order of the text.
    const citedHere =
      locale === "en"
        ? [inputs.cited.province, inputs.cited.expert]
        : [inputs.cited.francophone, inputs.cited.expert];
    const notCitedHere = locale === "en" ? inputs.cited.francophone : inputs.cited.province;
    const word = flat(docxText(await download(approver, `Word, ${w.languageName}`)));
    const pdf = flat(await pdfText(await download(approver, `PDF, ${w.languageName}`)));
    for (const text of [word, pdf]) {
      expect(text).toContain(w.documentTitle);
      expect(text).toContain(w.contents);
      expect(text).toContain(flat(sectionTitles.methodology));
      expect(text).toContain(flat(sectionTitles.progress));
      expect(text).toContain(flat(locale === "en" ? w.factsEn : w.factsFr));
      for (const fragment of w.citedText) expect(text).toContain(flat(fragment));
      expect(text).toContain(flat(w.annex));
      for (const reference of citedHere) expect(text).toContain(`${w.reference} ${reference}`);
      expect(text).not.toContain(notCitedHere);
      expect(text).not.toContain(inputs.uncited);
      expect(text).not.toContain("[@");
    }
    if (locale === "fr") {
      // francophone@ asked not to be named: the annex says so instead of the organization.
      expect(pdf).toContain(w.anonymous);
      expect(word).toContain(w.anonymous);
    }

    // Publication: the public page per language, and the cited contributors are told.
    await approver.getByRole("button", { name: w.publish }).click();
    await expect(approver.getByRole("status")).toContainText(w.published);
    await approver.getByRole("link", { name: w.publicPage }).click();
    await expect(approver).toHaveURL(`/${locale}/reviews/${consultation.slug}`);
    await expect(approver.getByRole("heading", { level: 1 })).toHaveText(w.documentTitle);
    await expect(approver.getByRole("heading", { name: sectionTitles.progress })).toBeVisible();
    await expect(approver.locator("#citation-1")).toContainText(citedHere[0]!);
    await expect(approver.locator("#citation-2")).toContainText(citedHere[1]!);
    await expect(approver.locator("main")).toContainText(w.citedText[0]!.split(" [")[0]!);
    await expectNoAxeViolations(approver);
    await approverContext.close();

    // "You said, we did": one e-mail to each cited contributor, in their own language, naming
    // their input and section 3; no e-mail to the contributor whose input was not cited.
    const recipients = [
      { email: CONTRIBUTORS.province, language: "en", reference: inputs.cited.province },
      { email: CONTRIBUTORS.francophone, language: "fr", reference: inputs.cited.francophone },
      { email: CONTRIBUTORS.expert, language: "fr", reference: inputs.cited.expert },
    ] as const;
    const others = [inputs.cited.province, inputs.cited.francophone, inputs.cited.expert];
    for (const recipient of recipients) {
      const subject = EMAIL[recipient.language].subject(consultation.title[recipient.language]);
      const pattern = new RegExp(`^${escapeRegExp(flat(subject))}$`);
      const bySubject = (email: CaughtEmail) => pattern.test(flat(email.subject));
      const email = await waitForEmail(recipient.email, pattern);
      expect(flat(email.text)).toContain(
        flat(EMAIL[recipient.language].citation(recipient.reference)),
      );
      expect(email.text).toContain(`/${recipient.language}/reviews/${consultation.slug}`);
      for (const other of others.filter((reference) => reference !== recipient.reference))
        expect(email.text).not.toContain(other);
      expect((await emailsTo(recipient.email)).filter(bySubject)).toHaveLength(1);
    }
    const uncitedMail = (await emailsTo(CONTRIBUTORS.outreach)).filter(
      (email) =>
        email.text.includes(`/reviews/${consultation.slug}`) || email.text.includes(inputs.uncited),
    );
    expect(uncitedMail).toEqual([]);

    // The cited contributor finds it on "My inputs".
    const contributorContext = await browser.newContext();
    const contributor = await contributorContext.newPage();
    const whoseInput = locale === "en" ? recipients[0] : recipients[1];
    await signInWithBrowser(contributor, whoseInput.email, locale);
    await contributor.goto(`/${locale}/my/inputs/${whoseInput.reference}`);
    await expect(contributor.getByRole("link", { name: w.citedIn })).toHaveAttribute(
      "href",
      new RegExp(`/${locale}/reviews/${consultation.slug}`),
    );
    await contributorContext.close();
  });
}
