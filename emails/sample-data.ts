import type { EmailEvent, EmailEventData } from "./events";

// Realistic data for every event: used by the tests and by the e-mail preview page.

const SITE = "https://roundtable.example.ca";

/** The same page in both languages, as the app's URL-prefixed routes give it. */
const page = (path: string) => ({ en: `${SITE}/en${path}`, fr: `${SITE}/fr${path}` });

const consultationTitle = {
  en: "2025 national review of the Global Compact for Migration",
  fr: "Examen national de 2025 du Pacte mondial sur les migrations",
};

export const sampleEmailData: { [E in EmailEvent]: EmailEventData[E] } = {
  "invitation.sent": {
    recipientName: "Amira Haddad",
    inviterName: "Jean-François Tremblay",
    organizationName: {
      en: "Canadian Council for Refugees",
      fr: "Conseil canadien pour les réfugiés",
    },
    acceptUrl: page("/invitations/accept?token=q8Zr3vKp2LmN7xYt"),
    expiresAt: "2025-03-17T21:00:00Z",
  },
  "password-reset.requested": {
    recipientName: "Amira Haddad",
    resetUrl: page("/reset-password?token=Xf93kLq0pRzT4vW1"),
    expiresAt: "2025-03-10T15:45:00Z",
  },
  "password.changed": {
    recipientName: "Amira Haddad",
    changedAt: "2025-03-10T15:12:00Z",
    securityUrl: page("/account/security"),
  },
  "two-factor.changed": {
    recipientName: "Amira Haddad",
    change: "recovery-code-used",
    changedAt: "2025-03-11T13:05:00Z",
    securityUrl: page("/account/security"),
  },
  "input.submitted": {
    recipientName: "Amira Haddad",
    reference: "RT-2021-000123",
    kind: "practice",
    consultationTitle,
    submittedAt: "2025-03-12T18:30:00Z",
    inputUrl: page("/my-inputs/RT-2021-000123"),
    editableUntil: "2025-04-30T03:59:00Z",
  },
  "input.decided": {
    recipientName: "Amira Haddad",
    reference: "RT-2021-000123",
    decision: "changes-requested",
    message:
      "Thank you for this practice. Please add the period it covers and the source of its funding.\nThe results section can stay as it is.",
    inputUrl: page("/my-inputs/RT-2021-000123/edit"),
  },
  "reminder.due": {
    recipientName: "Amira Haddad",
    consultationTitle,
    closesAt: "2025-04-30T03:59:00Z",
    consultationUrl: page("/consultations/2025-national-review"),
    unsubscribeUrl: `${SITE}/unsubscribe?token=Vb7nQ2sLk9&event=reminder.due`,
  },
  "survey.invited": {
    recipientName: "Amira Haddad",
    surveyTitle: {
      en: "Access to services for newcomers in rural areas",
      fr: "Accès aux services pour les nouveaux arrivants en région rurale",
    },
    consultationTitle,
    closesAt: "2025-04-15T03:59:00Z",
    surveyUrl: page("/surveys/rural-services"),
  },
  "input.assigned": {
    recipientName: "Marc Lavoie",
    assignedBy: "Priya Sharma",
    references: ["RT-2021-000123", "RT-2021-000124", "RT-2021-000131"],
    queueUrl: page("/staff/queue?assignee=me"),
  },
  "digest.daily": {
    recipientName: "Marc Lavoie",
    awaitingTriage: 12,
    assignedToMe: 1,
    commentsOnMySections: 0,
    dashboardUrl: page("/staff"),
    unsubscribeUrl: `${SITE}/unsubscribe?token=Hc4mT8wPz1&event=digest.daily`,
  },
  "review.published": {
    recipientName: "Amira Haddad",
    reviewTitle: {
      en: "Canada’s 2025 national review of the Global Compact for Migration",
      fr: "Examen national du Canada de 2025 sur le Pacte mondial sur les migrations",
    },
    reviewUrl: page("/reviews/2025"),
    citations: [
      {
        reference: "RT-2021-000123",
        sectionNumber: 3,
        sectionTitle: { en: "Access to basic services", fr: "Accès aux services de base" },
      },
      {
        reference: "RT-2021-000140",
        sectionNumber: 7,
        sectionTitle: {
          en: "Addressing and reducing vulnerabilities",
          fr: "Réduire les vulnérabilités",
        },
      },
    ],
  },
};
