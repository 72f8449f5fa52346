import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { catalogs, type MessageKey } from "../../app/i18n/translate";

// Reads the app's source for its success notices (tests/e2e/success-states-are-accessible.spec.ts):
// every element whose class is `success-box`, and what it shows.

/**
 * What a `.success-box` shows when its catalog key is not written inside it: the expression as
 * the source has it, and the keys it can be. A box showing something not named here fails.
 */
export const RESOLVED: Record<string, Record<string, MessageKey[]>> = {
  "routes/admin/person.tsx": {
    saved: [
      "admin.person.saved.roles",
      "admin.person.saved.add-membership",
      "admin.person.saved.remove-membership",
      "admin.person.saved.deactivate",
      "admin.person.saved.reactivate",
      "admin.person.saved.reset-two-factor",
    ],
  },
  "routes/staff/consultation.tsx": {
    saved: [
      "consultations.saved.created",
      "consultations.saved.updated",
      "consultations.saved.status",
    ],
  },
  "routes/me/account.tsx": {
    noticeKey: [
      "form.saved",
      "account.passwordChanged",
      "account.preferencesSaved",
      "account.revoked",
    ],
  },
  "routes/me/input.tsx": {
    "NOTICES[page.notice]": [
      "contributions.notice.draftSaved",
      "contributions.notice.saved",
      "contributions.notice.withdrawn",
    ],
    // the box is a success only when the input is accepted; other decisions are plain notices
    "`contributions.decision.${page.decision.status}` as MessageKey": [
      "contributions.decision.accepted",
    ],
    // the moderator's own words under the decision
    'page.decision.message ? <p className="preserve-lines">{page.decision.message}</p> : null': [],
  },
  "routes/staff/triage-item.tsx": {
    "`triage.saved.${saved}` as MessageKey": [
      "triage.saved.suggestion",
      "triage.saved.tags",
      "triage.saved.note",
    ],
  },
  "routes/staff/triage-queue.tsx": {
    "outcome.view": ["triage.views.saved", "triage.views.deleted"],
    "outcome.done.key": ["triage.bulk.done", "triage.bulkTag.done", "triage.bulkStatus.done"],
  },
  "routes/staff/review-section.tsx": {
    "reply.message": ["review.editor.cited", "review.facts.inserted"],
  },
};

export const APP = path.resolve("app");
export const isKey = (text: string): text is MessageKey => text in catalogs.en;

/** Every `.success-box` element of app/ and the catalog keys (or unresolved expressions) it shows. */
export function successBoxes() {
  const files = readdirSync(APP, { recursive: true, encoding: "utf8" }).filter((file) =>
    file.endsWith(".tsx"),
  );
  const boxes: { route: string; shows: string[]; announced: boolean }[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(
      file,
      readFileSync(path.join(APP, file), "utf8"),
      ts.ScriptTarget.Latest,
      true,
      ts.ScriptKind.TSX,
    );
    const route = file.split(path.sep).join("/");
    const visit = (node: ts.Node) => {
      if (ts.isJsxElement(node) && isSuccessBox(node.openingElement)) {
        boxes.push({
          route,
          shows: node.children.flatMap((child) => shown(child, source)),
          announced: hasStatusRole(node.openingElement),
        });
        return;
      }
      if (ts.isJsxSelfClosingElement(node) && isSuccessBox(node))
        boxes.push({ route, shows: ["(empty)"], announced: hasStatusRole(node) });
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return boxes;
}

function isSuccessBox(element: ts.JsxOpeningElement | ts.JsxSelfClosingElement) {
  const className = element.attributes.properties.find(
    (attribute): attribute is ts.JsxAttribute =>
      ts.isJsxAttribute(attribute) && attribute.name.getText() === "className",
  );
  let found = false;
  const look = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) && node.text.split(/\s+/).includes("success-box"))
      found = true;
    ts.forEachChild(node, look);
  };
  if (className?.initializer) look(className.initializer);
  return found;
}

/** `role="status"`: a screen reader says the notice without moving focus to it. */
function hasStatusRole(element: ts.JsxOpeningElement | ts.JsxSelfClosingElement) {
  return element.attributes.properties.some(
    (attribute) =>
      ts.isJsxAttribute(attribute) &&
      attribute.name.getText() === "role" &&
      attribute.initializer !== undefined &&
      ts.isStringLiteral(attribute.initializer) &&
      attribute.initializer.text === "status",
  );
}

/** The keys a child of a box shows: those of its outermost `t(…)` calls, else its expression. */
function shown(node: ts.Node, source: ts.SourceFile): string[] {
  if (ts.isJsxText(node)) return [];
  if (ts.isStringLiteralLike(node)) return [];
  if (ts.isCallExpression(node) && node.expression.getText(source) === "t") {
    const first = node.arguments[0]!;
    const keys: string[] = [];
    const look = (inner: ts.Node) => {
      if (ts.isStringLiteralLike(inner) && isKey(inner.text)) keys.push(inner.text);
      ts.forEachChild(inner, look);
    };
    look(first);
    return keys.length ? keys : [first.getText(source)];
  }
  if (ts.isJsxExpression(node) && node.expression) {
    const expression = node.expression;
    let calls = false;
    const look = (inner: ts.Node) => {
      if (ts.isCallExpression(inner) && inner.expression.getText(source) === "t") calls = true;
      else ts.forEachChild(inner, look);
    };
    look(expression);
    if (!calls && !ts.isStringLiteralLike(expression))
      return [expression.getText(source).replace(/\s+/g, " ")];
  }
  const keys: string[] = [];
  ts.forEachChild(node, (child) => {
    keys.push(...shown(child, source));
  });
  return keys;
}

/** Search parameters written as literals in the routes' redirects (`?notice=saved`, …). */
export function literalNoticeParams(names: Set<string>) {
  const routes = path.join(APP, "routes");
  const found = new Set<string>();
  for (const file of readdirSync(routes, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".tsx")) continue;
    const text = readFileSync(path.join(routes, file), "utf8");
    for (const match of text.matchAll(/[?&]([a-z]+)=([a-z0-9-]+)(?=[`"&#$]|$)/gi))
      if (names.has(match[1]!)) found.add(`${match[1]}=${match[2]}`);
  }
  return found;
}
