// The English catalog is the reference: catalog-fr.ts must have exactly these keys, which
// the compiler checks and tests/i18n-catalogs.test.ts checks again at run time.
import { accountsMessages } from "./messages/accounts";
import { adminMessages } from "./messages/admin";
import { consultationsMessages } from "./messages/consultations";
import { contributionsMessages } from "./messages/contributions";
import { repositoryMessages } from "./messages/repository";
import { triageMessages } from "./messages/triage";
import { surveysMessages } from "./messages/surveys";
import { surveyResultsMessages } from "./messages/survey-results";
import { reviewMessages } from "./messages/review";
import { reviewPublicationMessages } from "./messages/review-publication";

export const en = {
  ...accountsMessages.en,
  ...adminMessages.en,
  ...consultationsMessages.en,
  ...contributionsMessages.en,
  ...repositoryMessages.en,
  ...triageMessages.en,
  ...surveysMessages.en,
  ...surveyResultsMessages.en,
  ...reviewMessages.en,
  ...reviewPublicationMessages.en,
  "app.name": "Roundtable",
  "language.en": "English",
  "language.fr": "French",

  "layout.skipToContent": "Skip to main content",
  "layout.government": "Government of Canada",
  "layout.languageSelection": "Language selection",
  "layout.languageName": "English",
  "layout.mainNavigation": "Main navigation",
  "layout.aboutThisSite": "About this site",
  "layout.footerNote":
    "Roundtable gathers the inputs of governments and civil society to Canada's review of the Global Compact for Safe, Orderly and Regular Migration.",

  "nav.home": "Home",
  "nav.practices": "Published practices",
  "nav.myInputs": "My inputs",
  "nav.objectives": "Objectives",
  "nav.privacy": "Privacy",
  "nav.accessibility": "Accessibility",

  "home.title": "Roundtable: Canada's consultations on the Global Compact for Migration",
  "home.intro":
    "Organizations, provinces and territories, and experts share practices and comments on the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration. Federal staff review them and report to the United Nations, showing where each input was used.",
  "home.browseObjectives": "Browse the 23 objectives and their published practices",
  "home.openConsultations": "Open consultations",
  "home.noOpenConsultations": "No consultation is open right now.",
  "home.pastConsultations": "Past consultations",
  "home.noPastConsultations": "There are no past consultations yet.",

  "consultation.status": "Status",
  "consultation.status.draft": "Draft",
  "consultation.status.open": "Open",
  "consultation.status.closed": "Closed",
  "consultation.status.in-review": "In review",
  "consultation.status.published": "Published",
  "consultation.covers": "Period covered",
  "consultation.window": "Open for input",
  "consultation.dateRange": "{from} to {to}",
  "consultation.publishedPractices": "Published practices",
  "consultation.noPractices": "No practice from this consultation has been published yet.",

  "objectives.title": "Objectives",
  "objectives.intro":
    "The {framework} sets out 23 objectives. Each links to the practices published for it.",
  "objectives.caption": "Objectives and the number of published practices for each",
  "objectives.number": "No.",
  "objectives.objective": "Objective",
  "objectives.publishedPractices": "Published practices",

  "objective.heading": "Objective {number}: {title}",
  "objective.publishedPractices": "Published practices ({count})",
  "objective.noPractices": "No practice has been published for this objective yet.",

  "practice.hubExport": "Export for the UN Migration Network Hub",
  "practice.hubJson": "Data (JSON)",
  "practice.hubDocx": "Word document (DOCX)",
  "objective.comment": "Comment on this objective for {consultation}",
  "objective.searchPractices": "Search and filter all published practices on this objective",
  "practice.reference": "Reference",
  "practice.leadOrganization": "Lead organization",
  "practice.anonymous": "Published anonymously",
  "practice.partners": "Partners",
  "practice.principles": "Guiding principles",
  "practice.objectives": "Objectives",
  "practice.scope": "Scope",
  "practice.scope.national": "National",
  "practice.scope.provincial": "Provincial or territorial",
  "practice.scope.municipal": "Municipal",
  "practice.scope.international": "International",
  "practice.period": "Period",
  "practice.funding": "Funding",
  "practice.thematicCluster": "Thematic cluster",
  "practice.publishedOn": "Published on",
  "practice.description": "Description",
  "practice.results": "Results and evidence",
  "practice.groupsServed": "Groups served",
  "practice.originalLanguageOnly": "This practice is available in {language} only.",

  "group.women-and-girls": "Women and girls",
  "group.children": "Children",
  "group.youth": "Youth",
  "group.lgbtq2": "LGBTQ2+ people",
  "group.refugees": "Refugees",
  "group.asylum-claimants": "Asylum claimants",
  "group.temporary-foreign-workers": "Temporary foreign workers",
  "group.international-students": "International students",
  "group.francophone-minorities": "Francophone minority communities",
  "group.indigenous-peoples": "Indigenous peoples",
  "group.older-persons": "Older persons",
  "group.persons-with-disabilities": "Persons with disabilities",
  "group.victims-of-trafficking": "Victims of trafficking",
  "group.newcomers": "Newcomers",
  "group.migrants-in-vulnerable-situations": "Migrants in vulnerable situations",

  "privacy.title": "Privacy",
  "privacy.body1":
    "Roundtable collects the information you submit to a consultation to prepare Canada's review of the Global Compact for Migration. Your input is seen only by the federal staff who need it.",
  "privacy.body2":
    "A practice is published only if you consented, with or without your organization's name as you chose. You can ask to see or correct your personal information at any time.",

  "accessibility.title": "Accessibility",
  "accessibility.body1":
    "Roundtable is built to meet the Web Content Accessibility Guidelines (WCAG) 2.1 level AA and the CAN/ASC-EN 301 549 standard. Every page works with a keyboard and a screen reader.",
  "accessibility.body2":
    "If something stops you from taking part, tell the consultation team and we will give you another way to contribute.",

  "errors.notFound.title": "We couldn't find that page",
  "errors.notFound.body": "The address may be mistyped, or the page may have moved.",
  "errors.serverError.title": "Something went wrong",
  "errors.serverError.body":
    "We could not complete your request. Nothing you submitted before this was lost. Please try again in a few minutes.",
  "errors.unavailable.title": "Roundtable is briefly unavailable",
  "errors.unavailable.body": "The service is catching up. Please try again in a few seconds.",
  "errors.code": "Error {status}",
  "errors.backHome": "Go to the Roundtable home page",
  "errors.forbidden.title": "You do not have access to this page",
  "errors.forbidden.body":
    "Your account does not allow this. If you think it should, ask your coordinator.",
  "errors.tooMany.title": "Too many attempts",
  "errors.tooMany.body": "For your security, please wait a few minutes before trying again.",
  "errors.crossSite.body":
    "This request came from another website and was refused to protect your account. Go back to Roundtable and try again.",
} as const;

export type MessageKey = keyof typeof en;
