import { describe, expect, it } from "vitest";
import { numberCitations } from "./citations";
import { renderReviewMarkdown } from "./review-markdown.server";

const render = (markdown: string) =>
  renderReviewMarkdown(markdown, { citationNumbers: numberCitations([markdown]) });

describe("the review's Markdown renders inert", () => {
  it("escapes <script> and raw HTML instead of passing it through", () => {
    const html = render(
      'Before <script>alert("x")</script> after.\n\n<img src=x onerror="alert(1)">\n\n<div onclick="steal()">block</div>',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<div/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("drops javascript:, vbscript: and data: links but keeps https links", () => {
    const html = render(
      "[click](javascript:alert(1)) [vb](vbscript:msgbox) [data](data:text/html;base64,PHNjcmlwdD4=) [JS](JAVASCRIPT:alert(1)) [ok](https://www.canada.ca/)",
    );
    expect(html).not.toMatch(/href="\s*(javascript|vbscript|data):/i);
    expect(html).toContain('href="https://www.canada.ca/"');
    // Refused links stay visible as plain text.
    expect(html).toContain("[click](javascript:alert(1))");
  });

  it("does not let a citation reference break out of its attribute", () => {
    const html = render('Cited [@RT-2020-000001]" onmouseover="x and [@RT-2020-000002].');
    expect(html).toContain(
      '<sup class="citation"><a href="#citation-1" data-reference="RT-2020-000001">[1]</a></sup>',
    );
    expect(html).toContain("[2]</a>");
    expect(html).not.toMatch(/ onmouseover="/);
    expect(html).toContain("&quot; onmouseover=&quot;x");
  });

  it("numbers citations in order of first appearance across sections", () => {
    const numbers = numberCitations([
      "[@RT-2020-000005] then [@RT-2020-000003]",
      "[@RT-2020-000003] [@RT-2020-000009]",
    ]);
    expect([...numbers]).toEqual([
      ["RT-2020-000005", 1],
      ["RT-2020-000003", 2],
      ["RT-2020-000009", 3],
    ]);
  });
});

describe("citations", () => {
  it("read references past the millionth input of a year, as the database now writes them", () => {
    const text = "Raised twice [@RT-2026-000123] and [@RT-2026-1000000].";
    expect(numberCitations([text])).toEqual(
      new Map([
        ["RT-2026-000123", 1],
        ["RT-2026-1000000", 2],
      ]),
    );
    expect(render(text)).toContain("[2]");
  });
});
