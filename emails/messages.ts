// The e-mail message catalogs. English is the reference: `fr` must have exactly the same keys
// (a compile error otherwise) and the same `{placeholders}` (emails/render.test.ts).
// French typography: non-breaking space (\u00a0) before a colon and inside « », typographic
// apostrophe; English uses curly quotes.

export const en = {
  "common.appName": "Roundtable",
  "common.government": "Government of Canada",
  "common.greeting": "Hello {name},",
  "common.greetingNoName": "Hello,",
  "common.signature": "The Roundtable team",
  "common.linkFallback": "If the link does not work, copy this address into your browser:",
  "common.bilingualNote": "The French version of this message follows the English.",
  "common.noReply": "This message was sent automatically. Please do not reply to it.",
  "common.unsubscribe": "Stop these e-mails",
  "common.reference": "Reference number: {reference}",
  "common.securityNotYou":
    "If you did not make this change, secure your account now: change your password and review your sign-in settings.",
  "common.securityAction": "Review the security of your account",
  "common.securityFooter":
    "You receive this message because it concerns the security of your Roundtable account.",

  "inputKind.practice": "practice",
  "inputKind.comment": "comment",
  "inputKind.survey-answer": "survey response",
  "inputKind.review-comment": "comment on a draft review",

  "decision.accepted": "accepted",
  "decision.changes-requested": "changes requested",
  "decision.rejected": "not accepted",

  "twoFactorChange.enrolled": "two-factor authentication turned on",
  "twoFactorChange.reset": "two-factor authentication reset",
  "twoFactorChange.recovery-code-used": "recovery code used to sign in",

  "invitation.sent.subject": "Invitation to join Roundtable",
  "invitation.sent.subjectOrganization": "Invitation to join {organization} on Roundtable",
  "invitation.sent.preview": "Accept the invitation before {date}.",
  "invitation.sent.heading": "Invitation to Roundtable",
  "invitation.sent.body":
    "{inviter} invites you to join Roundtable as a member of the federal staff. Roundtable is the Government of Canada’s platform for consultations on the Global Compact for Migration.",
  "invitation.sent.bodyOrganization":
    "{inviter} invites you to join {organization} on Roundtable, the Government of Canada’s platform for consultations on the Global Compact for Migration.",
  "invitation.sent.action": "Accept the invitation and create your account",
  "invitation.sent.expires": "This invitation expires on {date}.",
  "invitation.sent.ignore":
    "If you were not expecting this invitation, you can ignore this message. No account will be created.",
  "invitation.sent.footer":
    "You receive this message because an invitation to Roundtable was sent to this e-mail address.",

  "password-reset.requested.subject": "Reset your Roundtable password",
  "password-reset.requested.preview": "The link to choose a new password expires on {date}.",
  "password-reset.requested.heading": "Reset your password",
  "password-reset.requested.body":
    "We received a request to reset the password of your Roundtable account.",
  "password-reset.requested.action": "Choose a new password",
  "password-reset.requested.expires": "This link expires on {date} and can be used only once.",
  "password-reset.requested.ignore":
    "If you did not make this request, you can ignore this message: your password will not change.",
  "password-reset.requested.footer":
    "You receive this message because a password reset was requested for your Roundtable account.",

  "password.changed.subject": "Your Roundtable password was changed",
  "password.changed.preview": "Your password was changed on {date}.",
  "password.changed.heading": "Your password was changed",
  "password.changed.body": "The password of your Roundtable account was changed on {date}.",

  "two-factor.changed.subject": "Roundtable security notice: {change}",
  "two-factor.changed.preview": "A change was made to the security of your account on {date}.",
  "two-factor.changed.heading.enrolled": "Two-factor authentication was turned on",
  "two-factor.changed.heading.reset": "Two-factor authentication was reset",
  "two-factor.changed.heading.recovery-code-used": "A recovery code was used",
  "two-factor.changed.body.enrolled":
    "Two-factor authentication was turned on for your Roundtable account on {date}.",
  "two-factor.changed.body.reset":
    "Two-factor authentication was reset for your Roundtable account on {date}. You will need to set it up again the next time you sign in.",
  "two-factor.changed.body.recovery-code-used":
    "A recovery code was used to sign in to your Roundtable account on {date}. Each code can be used only once: generate new codes if you have few left.",

  "input.submitted.subject": "We received your {kind}: {reference}",
  "input.submitted.preview": "Your reference number is {reference}.",
  "input.submitted.heading": "Receipt for your {kind}",
  "input.submitted.body":
    "Thank you. We received your {kind} for the consultation “{consultation}” on {date}.",
  "input.submitted.keepReference":
    "Keep this reference number: it identifies your input in any exchange with us.",
  "input.submitted.editableUntil": "You can change your {kind} until {date}.",
  "input.submitted.action": "View your {kind}",
  "input.submitted.footer":
    "You receive this message as a receipt for an input you submitted on Roundtable.",

  "input.decided.subject": "Decision on your input {reference}: {decision}",
  "input.decided.preview": "Your input {reference} was reviewed.",
  "input.decided.heading.accepted": "Your input was accepted",
  "input.decided.heading.changes-requested": "Changes are requested to your input",
  "input.decided.heading.rejected": "Your input was not accepted",
  "input.decided.body.accepted":
    "Your input {reference} was reviewed and accepted. Thank you for your contribution.",
  "input.decided.body.changes-requested":
    "Your input {reference} was reviewed. Changes are requested before it can be accepted.",
  "input.decided.body.rejected": "Your input {reference} was reviewed and was not accepted.",
  "input.decided.messageIntro": "Message from the moderation team:",
  "input.decided.action": "View your input",
  "input.decided.actionChanges": "Make the requested changes",
  "input.decided.footer":
    "You receive this message because it concerns an input you submitted on Roundtable.",

  "reminder.due.subject": "Reminder: the consultation “{consultation}” closes on {date}",
  "reminder.due.preview": "Submit your input before {date}.",
  "reminder.due.heading": "The consultation closes soon",
  "reminder.due.body":
    "The consultation “{consultation}” closes on {date}. Submit your input before then so that it can be considered.",
  "reminder.due.action": "Go to the consultation",
  "reminder.due.footer":
    "You receive this message because reminders about consultations are turned on in your Roundtable account.",

  "survey.invited.subject": "Invitation to answer the survey “{survey}”",
  "survey.invited.preview": "The survey closes on {date}.",
  "survey.invited.heading": "Invitation to answer a survey",
  "survey.invited.body":
    "As part of the consultation “{consultation}”, we invite you to answer the survey “{survey}”.",
  "survey.invited.closes": "The survey closes on {date}.",
  "survey.invited.action": "Answer the survey",
  "survey.invited.footer":
    "You receive this message because you take part in a Roundtable consultation.",

  "input.assigned.subject.one": "{count} input assigned to you for review",
  "input.assigned.subject.other": "{count} inputs assigned to you for review",
  "input.assigned.preview": "Assigned by {assigner}.",
  "input.assigned.heading": "Inputs assigned to you",
  "input.assigned.body.one": "{assigner} assigned the following input to you:",
  "input.assigned.body.other": "{assigner} assigned the following {count} inputs to you:",
  "input.assigned.action": "Open your review queue",
  "input.assigned.footer":
    "You receive this message because you are a member of the Roundtable review team.",

  "digest.daily.subject": "Your Roundtable daily summary",
  "digest.daily.preview": "What is waiting for you on Roundtable today.",
  "digest.daily.heading": "Your daily summary",
  "digest.daily.intro": "Here is what is waiting for you on Roundtable today:",
  "digest.daily.awaitingTriage.one": "{count} input awaiting triage",
  "digest.daily.awaitingTriage.other": "{count} inputs awaiting triage",
  "digest.daily.assignedToMe.one": "{count} input assigned to you",
  "digest.daily.assignedToMe.other": "{count} inputs assigned to you",
  "digest.daily.commentsOnMySections.one": "{count} comment on sections you are responsible for",
  "digest.daily.commentsOnMySections.other": "{count} comments on sections you are responsible for",
  "digest.daily.action": "Open your dashboard",
  "digest.daily.footer":
    "You receive this message because the daily summary is turned on in your Roundtable account.",

  "review.published.subject": "The review you contributed to is published: {review}",
  "review.published.preview": "See where your inputs were used.",
  "review.published.heading": "How your inputs were used",
  "review.published.body":
    "The review “{review}” is now published. Thank you for taking part in the consultation.",
  "review.published.citations.one": "Your input was used in the following section:",
  "review.published.citations.other": "Your inputs were used in the following sections:",
  "review.published.citations.none":
    "All the inputs received were considered in preparing the review.",
  "review.published.citation": "Input {reference}: section {number}, “{section}”",
  "review.published.action": "Read the review",
  "review.published.footer":
    "You receive this message because you contributed to a Roundtable consultation.",
} as const;

export type EmailMessageKey = keyof typeof en;

export const fr: Record<EmailMessageKey, string> = {
  "common.appName": "Table ronde",
  "common.government": "Gouvernement du Canada",
  "common.greeting": "Bonjour {name},",
  "common.greetingNoName": "Bonjour,",
  "common.signature": "L’équipe de Table ronde",
  "common.linkFallback":
    "Si le lien ne fonctionne pas, copiez cette adresse dans votre navigateur\u00a0:",
  "common.bilingualNote": "La version française de ce message suit la version anglaise.",
  "common.noReply": "Ce message a été envoyé automatiquement. Veuillez ne pas y répondre.",
  "common.unsubscribe": "Ne plus recevoir ces courriels",
  "common.reference": "Numéro de référence\u00a0: {reference}",
  "common.securityNotYou":
    "Si vous n’avez pas fait ce changement, sécurisez votre compte dès maintenant\u00a0: changez votre mot de passe et vérifiez vos paramètres de connexion.",
  "common.securityAction": "Vérifier la sécurité de votre compte",
  "common.securityFooter":
    "Vous recevez ce message parce qu’il concerne la sécurité de votre compte Table ronde.",

  "inputKind.practice": "pratique",
  "inputKind.comment": "commentaire",
  "inputKind.survey-answer": "réponse au sondage",
  "inputKind.review-comment": "commentaire sur une ébauche d’examen",

  "decision.accepted": "acceptée",
  "decision.changes-requested": "modifications demandées",
  "decision.rejected": "non retenue",

  "twoFactorChange.enrolled": "authentification à deux facteurs activée",
  "twoFactorChange.reset": "authentification à deux facteurs réinitialisée",
  "twoFactorChange.recovery-code-used": "code de récupération utilisé pour ouvrir une session",

  "invitation.sent.subject": "Invitation à vous joindre à Table ronde",
  "invitation.sent.subjectOrganization":
    "Invitation à vous joindre à {organization} dans Table ronde",
  "invitation.sent.preview": "Acceptez l’invitation avant le {date}.",
  "invitation.sent.heading": "Invitation à Table ronde",
  "invitation.sent.body":
    "{inviter} vous invite à vous joindre à Table ronde à titre de membre du personnel fédéral. Table ronde est la plateforme du gouvernement du Canada pour les consultations sur le Pacte mondial sur les migrations.",
  "invitation.sent.bodyOrganization":
    "{inviter} vous invite à vous joindre à {organization} dans Table ronde, la plateforme du gouvernement du Canada pour les consultations sur le Pacte mondial sur les migrations.",
  "invitation.sent.action": "Accepter l’invitation et créer votre compte",
  "invitation.sent.expires": "Cette invitation expire le {date}.",
  "invitation.sent.ignore":
    "Si vous n’attendiez pas cette invitation, vous pouvez ignorer ce message. Aucun compte ne sera créé.",
  "invitation.sent.footer":
    "Vous recevez ce message parce qu’une invitation à Table ronde a été envoyée à cette adresse courriel.",

  "password-reset.requested.subject": "Réinitialisation de votre mot de passe de Table ronde",
  "password-reset.requested.preview":
    "Le lien pour choisir un nouveau mot de passe expire le {date}.",
  "password-reset.requested.heading": "Réinitialisation de votre mot de passe",
  "password-reset.requested.body":
    "Nous avons reçu une demande de réinitialisation du mot de passe de votre compte Table ronde.",
  "password-reset.requested.action": "Choisir un nouveau mot de passe",
  "password-reset.requested.expires":
    "Ce lien expire le {date} et ne peut être utilisé qu’une seule fois.",
  "password-reset.requested.ignore":
    "Si vous n’avez pas fait cette demande, vous pouvez ignorer ce message\u00a0: votre mot de passe ne changera pas.",
  "password-reset.requested.footer":
    "Vous recevez ce message parce qu’une réinitialisation du mot de passe a été demandée pour votre compte Table ronde.",

  "password.changed.subject": "Le mot de passe de votre compte Table ronde a été modifié",
  "password.changed.preview": "Votre mot de passe a été modifié le {date}.",
  "password.changed.heading": "Votre mot de passe a été modifié",
  "password.changed.body": "Le mot de passe de votre compte Table ronde a été modifié le {date}.",

  "two-factor.changed.subject": "Avis de sécurité de Table ronde\u00a0: {change}",
  "two-factor.changed.preview":
    "Un changement a été apporté à la sécurité de votre compte le {date}.",
  "two-factor.changed.heading.enrolled": "L’authentification à deux facteurs a été activée",
  "two-factor.changed.heading.reset": "L’authentification à deux facteurs a été réinitialisée",
  "two-factor.changed.heading.recovery-code-used": "Un code de récupération a été utilisé",
  "two-factor.changed.body.enrolled":
    "L’authentification à deux facteurs a été activée pour votre compte Table ronde le {date}.",
  "two-factor.changed.body.reset":
    "L’authentification à deux facteurs de votre compte Table ronde a été réinitialisée le {date}. Vous devrez la configurer de nouveau à votre prochaine ouverture de session.",
  "two-factor.changed.body.recovery-code-used":
    "Un code de récupération a été utilisé pour ouvrir une session dans votre compte Table ronde le {date}. Chaque code ne peut servir qu’une fois\u00a0: générez-en de nouveaux s’il vous en reste peu.",

  "input.submitted.subject": "Nous avons reçu votre {kind}\u00a0: {reference}",
  "input.submitted.preview": "Votre numéro de référence est {reference}.",
  "input.submitted.heading": "Accusé de réception de votre {kind}",
  "input.submitted.body":
    "Merci. Nous avons reçu votre {kind} dans le cadre de la consultation «\u00a0{consultation}\u00a0» le {date}.",
  "input.submitted.keepReference":
    "Conservez ce numéro de référence\u00a0: il permet de retrouver votre contribution lors de tout échange avec nous.",
  "input.submitted.editableUntil": "Vous pouvez modifier votre {kind} jusqu’au {date}.",
  "input.submitted.action": "Consulter votre {kind}",
  "input.submitted.footer":
    "Vous recevez ce message comme accusé de réception d’une contribution que vous avez soumise dans Table ronde.",

  "input.decided.subject": "Décision sur votre contribution {reference}\u00a0: {decision}",
  "input.decided.preview": "Votre contribution {reference} a été examinée.",
  "input.decided.heading.accepted": "Votre contribution a été acceptée",
  "input.decided.heading.changes-requested":
    "Des modifications à votre contribution sont demandées",
  "input.decided.heading.rejected": "Votre contribution n’a pas été retenue",
  "input.decided.body.accepted":
    "Votre contribution {reference} a été examinée et acceptée. Merci de votre participation.",
  "input.decided.body.changes-requested":
    "Votre contribution {reference} a été examinée. Des modifications sont demandées avant qu’elle puisse être acceptée.",
  "input.decided.body.rejected":
    "Votre contribution {reference} a été examinée et n’a pas été retenue.",
  "input.decided.messageIntro": "Message de l’équipe de modération\u00a0:",
  "input.decided.action": "Consulter votre contribution",
  "input.decided.actionChanges": "Apporter les modifications demandées",
  "input.decided.footer":
    "Vous recevez ce message parce qu’il concerne une contribution que vous avez soumise dans Table ronde.",

  "reminder.due.subject":
    "Rappel\u00a0: la consultation «\u00a0{consultation}\u00a0» prend fin le {date}",
  "reminder.due.preview": "Soumettez votre contribution avant le {date}.",
  "reminder.due.heading": "La consultation prend fin bientôt",
  "reminder.due.body":
    "La consultation «\u00a0{consultation}\u00a0» prend fin le {date}. Soumettez votre contribution d’ici là pour qu’elle puisse être prise en compte.",
  "reminder.due.action": "Accéder à la consultation",
  "reminder.due.footer":
    "Vous recevez ce message parce que les rappels sur les consultations sont activés dans votre compte Table ronde.",

  "survey.invited.subject": "Invitation à répondre au sondage «\u00a0{survey}\u00a0»",
  "survey.invited.preview": "Le sondage prend fin le {date}.",
  "survey.invited.heading": "Invitation à répondre à un sondage",
  "survey.invited.body":
    "Dans le cadre de la consultation «\u00a0{consultation}\u00a0», nous vous invitons à répondre au sondage «\u00a0{survey}\u00a0».",
  "survey.invited.closes": "Le sondage prend fin le {date}.",
  "survey.invited.action": "Répondre au sondage",
  "survey.invited.footer":
    "Vous recevez ce message parce que vous participez à une consultation de Table ronde.",

  "input.assigned.subject.one": "{count} contribution vous a été attribuée pour examen",
  "input.assigned.subject.other": "{count} contributions vous ont été attribuées pour examen",
  "input.assigned.preview": "Attribution faite par {assigner}.",
  "input.assigned.heading": "Contributions qui vous sont attribuées",
  "input.assigned.body.one": "{assigner} vous a attribué la contribution suivante\u00a0:",
  "input.assigned.body.other":
    "{assigner} vous a attribué les {count} contributions suivantes\u00a0:",
  "input.assigned.action": "Ouvrir votre file d’examen",
  "input.assigned.footer":
    "Vous recevez ce message parce que vous faites partie de l’équipe d’examen de Table ronde.",

  "digest.daily.subject": "Votre résumé quotidien de Table ronde",
  "digest.daily.preview": "Ce qui vous attend aujourd’hui dans Table ronde.",
  "digest.daily.heading": "Votre résumé quotidien",
  "digest.daily.intro": "Voici ce qui vous attend aujourd’hui dans Table ronde\u00a0:",
  "digest.daily.awaitingTriage.one": "{count} contribution en attente de triage",
  "digest.daily.awaitingTriage.other": "{count} contributions en attente de triage",
  "digest.daily.assignedToMe.one": "{count} contribution qui vous est attribuée",
  "digest.daily.assignedToMe.other": "{count} contributions qui vous sont attribuées",
  "digest.daily.commentsOnMySections.one":
    "{count} commentaire sur les sections dont vous êtes responsable",
  "digest.daily.commentsOnMySections.other":
    "{count} commentaires sur les sections dont vous êtes responsable",
  "digest.daily.action": "Ouvrir votre tableau de bord",
  "digest.daily.footer":
    "Vous recevez ce message parce que le résumé quotidien est activé dans votre compte Table ronde.",

  "review.published.subject": "L’examen auquel vous avez contribué est publié\u00a0: {review}",
  "review.published.preview": "Voyez où vos contributions ont été utilisées.",
  "review.published.heading": "L’utilisation de vos contributions",
  "review.published.body":
    "L’examen «\u00a0{review}\u00a0» est maintenant publié. Merci d’avoir participé à la consultation.",
  "review.published.citations.one":
    "Votre contribution a été utilisée dans la section suivante\u00a0:",
  "review.published.citations.other":
    "Vos contributions ont été utilisées dans les sections suivantes\u00a0:",
  "review.published.citations.none":
    "Toutes les contributions reçues ont été prises en compte dans la préparation de l’examen.",
  "review.published.citation":
    "Contribution {reference}\u00a0: section {number}, «\u00a0{section}\u00a0»",
  "review.published.action": "Lire l’examen",
  "review.published.footer":
    "Vous recevez ce message parce que vous avez contribué à une consultation de Table ronde.",
};

export const emailMessages = { en, fr } as const;
