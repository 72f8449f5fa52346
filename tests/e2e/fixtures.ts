import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const LOCALES = ["en", "fr"] as const;

/** Fails with the list of violations so a broken rule is readable in the CI log. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    // Only the violations' nodes are gathered (passes and inapplicable results were most of
    // axe's time on long pages). First: options() replaces the options withTags() sets.
    .options({ resultTypes: ["violations"] })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    // axe.run() in the page itself. The default injects axe three times and finishes the run
    // in a new blank page, to reach cross-origin frames: the app has none (its CSP allows no
    // other origin in), and that took about half of each scan's time.
    .setLegacyMode()
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
}

/**
 * The page has loaded and, when it is a Remix page, hydrated: what axe sees is what a person
 * using it gets (the review's HTML export is a plain document with no scripts).
 */
export async function waitForPageReady(page: Page) {
  await page.waitForLoadState("load");
  await page.waitForFunction(() => {
    const remix = window as unknown as {
      __remixContext?: unknown;
      __remixRouter?: { state: { initialized: boolean } };
    };
    return !remix.__remixContext || remix.__remixRouter?.state.initialized === true;
  });
}
