import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInWithBrowser } from "./auth-helpers";
import { expectNoAxeViolations } from "./fixtures";

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
  },
} as const;

async function openSection(page: Page, overviewUrl: string, name: RegExp) {
  await page.goto(overviewUrl);
  await page.getByRole("table").getByRole("link", { name }).click();
  await expect(page).toHaveURL(/\/sections\/\d+$/);
}

for (const locale of ["en", "fr"] as const) {
  const w = WORDS[locale];
  test(`a drafter writes sections 1 and 3 from the evidence; an approver returns once, then approves (${locale})`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
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
    expect(references).toHaveLength(3);
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
    await plain.goto(`${sectionUrl}?objective=7`);
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
    await approverContext.close();
    await drafterContext.close();
  });
}
