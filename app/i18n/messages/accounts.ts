// Messages of signing in, invitations, passwords, two-factor, the account and notifications pages.
const en = {
  "form.errorSummary": "There is a problem ({count})",
  "form.errorPrefix": "Error:",
  "form.required": "Enter a value.",
  "form.invalidEmail": "Enter an e-mail address like name@example.org.",
  "form.tooLong": "This is too long.",
  "form.save": "Save",
  "form.saved": "Your changes are saved.",

  "nav.signIn": "Sign in",
  "nav.signOut": "Sign out",
  "nav.account": "My account",
  "nav.notifications": "Notifications",
  "nav.notificationsUnread": "Notifications, {count} unread",
  "nav.staff": "Staff workspace",
  "nav.admin": "Administration",
  "nav.signedInAs": "Signed in as {name}",

  "password.tooShort": "Use at least 8 characters.",
  "password.tooLong": "Use at most 256 characters.",
  "password.common": "This password is too common and easy to guess. Choose another one.",
  "password.hint":
    "At least 8 characters. A few unrelated words make a strong password that is easy to remember.",

  "signIn.title": "Sign in to Roundtable",
  "signIn.email": "E-mail address",
  "signIn.password": "Password",
  "signIn.submit": "Sign in",
  "signIn.invalid": "The e-mail address or password is not right.",
  "signIn.rateLimited":
    "Too many attempts. For your security, wait 15 minutes before trying again.",
  "signIn.forgot": "Forgot your password?",
  "signIn.noAccount":
    "Accounts are by invitation. If your organization takes part, ask its contact or the consultation team for an invitation.",
  "signIn.signedOut": "You are signed out.",
  "signIn.expired": "Your session ended. Sign in again to continue.",

  "invitation.title": "Accept your invitation",
  "invitation.intro": "You are invited to take part in Roundtable as {email}.",
  "invitation.introOrganization":
    "You are invited to take part in Roundtable for {organization}, as {email}.",
  "invitation.name": "Your name",
  "invitation.language": "Preferred language for e-mails",
  "invitation.password": "Choose a password",
  "invitation.submit": "Create my account",
  "invitation.invalid.title": "This invitation link does not work",
  "invitation.invalid.body":
    "The link may be incomplete. Copy the whole address from the e-mail, or ask the person who invited you for a new invitation.",
  "invitation.used.title": "This invitation was already used",
  "invitation.used.body":
    "An account was created with it. Sign in, or ask for a new invitation if it was not you.",
  "invitation.expired.title": "This invitation has expired",
  "invitation.expired.body":
    "Invitations are valid for 14 days. Ask the person who invited you, or the consultation team, for a new one.",
  "invitation.accountExists": "An account already uses this e-mail address. Sign in instead.",

  "forgot.title": "Reset your password",
  "forgot.intro":
    "Enter the e-mail address of your account. If it has an account, we send it a link to choose a new password. The link works once, for one hour.",
  "forgot.submit": "Send the link",
  "forgot.sent":
    "If an account uses this address, a link to reset the password is on its way. Check your e-mail.",
  "forgot.rateLimited": "Too many requests for this address. Wait an hour before trying again.",
  "reset.title": "Choose a new password",
  "reset.password": "New password",
  "reset.submit": "Save my new password",
  "reset.invalid":
    "This link does not work any more: it was used, or it is more than an hour old. Ask for a new one.",
  "reset.done": "Your password is changed. Sign in with it.",

  "twoFactor.setup.title": "Set up two-step verification",
  "twoFactor.setup.intro":
    "Staff accounts are protected by a second step: a six-digit code from an authenticator app on your phone.",
  "twoFactor.setup.step1": "Scan this code with your authenticator app, or type the key below.",
  "twoFactor.setup.manualKey": "Key to type in",
  "twoFactor.setup.qrLabel": "QR code for your authenticator app",
  "twoFactor.code": "Six-digit code from your app",
  "twoFactor.setup.submit": "Turn on two-step verification",
  "twoFactor.setup.alreadyOn":
    "Two-step verification is already on for your account. If you lost your phone, sign in with a recovery code, or ask an administrator to reset it.",
  "twoFactor.invalidCode":
    "That code is not right. Check the time on your phone and try the newest code.",
  "twoFactor.rateLimited": "Too many wrong codes. Wait 15 minutes before trying again.",
  "twoFactor.recovery.title": "Save your recovery codes",
  "twoFactor.recovery.intro":
    "If you lose your phone, each of these codes lets you sign in once. Keep them somewhere safe: they will not be shown again.",
  "twoFactor.recovery.continue": "I have saved them: continue",
  "twoFactor.verify.title": "Two-step verification",
  "twoFactor.verify.intro":
    "Enter the six-digit code from your authenticator app, or one of your recovery codes.",
  "twoFactor.verify.codeOrRecovery": "Code",
  "twoFactor.verify.submit": "Verify",

  "account.title": "My account",
  "account.profile": "Profile",
  "account.name": "Name",
  "account.email": "E-mail address",
  "account.language": "Preferred language",
  "account.noPreference": "No preference (e-mails in both languages)",
  "account.organizations": "Organizations",
  "account.roles": "Roles",
  "account.sessions": "Where you are signed in",
  "account.sessionStarted": "Signed in {date}",
  "account.sessionLastSeen": "last active {date}",
  "account.thisSession": "This session",
  "account.revoke": "Sign out this session",
  "account.revoked": "That session is signed out.",
  "account.changePassword": "Change your password",
  "account.currentPassword": "Current password",
  "account.newPassword": "New password",
  "account.wrongPassword": "Your current password is not right.",
  "account.passwordChanged": "Your password is changed. Your other sessions are signed out.",
  "account.emails": "E-mails you receive",
  "account.emailsIntro": "Receipts, decisions on your inputs and security notices are always sent.",
  "account.optReminders": "Reminders before a consultation closes",
  "account.optDigest": "Daily summary of work waiting for me (staff)",
  "account.preferencesSaved": "Your e-mail preferences are saved.",

  "notifications.title": "Notifications",
  "notifications.empty": "You have no notifications.",
  "notifications.markAllRead": "Mark all as read",
  "notifications.unread": "Unread",
  "notifications.event.invitation.sent": "Invitation sent",
  "notifications.event.password-reset.requested": "Password reset requested",
  "notifications.event.password.changed": "Your password was changed",
  "notifications.event.two-factor.changed": "Your two-step verification changed",
  "notifications.event.input.submitted": "Input {reference} received",
  "notifications.event.input.decided": "Decision on input {reference}",
  "notifications.event.reminder.due": "A consultation closes soon",
  "notifications.event.survey.invited": "You are invited to answer a survey",
  "notifications.event.input.assigned": "Inputs were assigned to you",
  "notifications.event.digest.daily": "Your daily summary",
  "notifications.event.review.published": "The review that cites your input is published",

  "unsubscribe.title": "E-mail preferences",
  "unsubscribe.confirm": "Stop receiving “{kind}” e-mails?",
  "unsubscribe.submit": "Stop these e-mails",
  "unsubscribe.done":
    "You will not receive these e-mails any more. You can turn them back on from your account.",
  "unsubscribe.invalid": "This link does not work. Manage your e-mails from your account instead.",

  "sessionWarning.title": "Your session is about to end",
  "typedText.restored":
    "What you typed before you were signed out has been put back in the form. Check it, then save or submit.",
  "sessionWarning.body":
    "For your security, you will be signed out in {minutes} minute(s) unless you continue. What you typed stays on this page.",
  "sessionWarning.extend": "Stay signed in",
  "sessionWarning.extended": "Your session is extended.",

  "staff.title": "Staff workspace",
  "staff.intro": "Welcome, {name}. Your roles: {roles}.",
  "role.contributor": "Contributor",
  "role.coordinator": "Coordinator",
  "role.moderator": "Moderator",
  "role.drafter": "Drafter",
  "role.approver": "Approver",
  "role.admin": "Administrator",
} as const;

const fr: Record<keyof typeof en, string> = {
  "form.errorSummary": "Il y a un problème ({count})",
  "form.errorPrefix": "Erreur :",
  "form.required": "Entrez une valeur.",
  "form.invalidEmail": "Entrez une adresse courriel comme nom@exemple.org.",
  "form.tooLong": "Ce texte est trop long.",
  "form.save": "Enregistrer",
  "form.saved": "Vos modifications sont enregistrées.",

  "nav.signIn": "Se connecter",
  "nav.signOut": "Se déconnecter",
  "nav.account": "Mon compte",
  "nav.notifications": "Notifications",
  "nav.notificationsUnread": "Notifications, {count} non lues",
  "nav.staff": "Espace du personnel",
  "nav.admin": "Administration",
  "nav.signedInAs": "Connecté en tant que {name}",

  "password.tooShort": "Utilisez au moins 8 caractères.",
  "password.tooLong": "Utilisez au plus 256 caractères.",
  "password.common":
    "Ce mot de passe est trop courant et facile à deviner. Choisissez-en un autre.",
  "password.hint":
    "Au moins 8 caractères. Quelques mots sans lien entre eux forment un mot de passe solide et facile à retenir.",

  "signIn.title": "Se connecter à Table ronde",
  "signIn.email": "Adresse courriel",
  "signIn.password": "Mot de passe",
  "signIn.submit": "Se connecter",
  "signIn.invalid": "L'adresse courriel ou le mot de passe est incorrect.",
  "signIn.rateLimited":
    "Trop de tentatives. Pour votre sécurité, attendez 15 minutes avant de réessayer.",
  "signIn.forgot": "Mot de passe oublié?",
  "signIn.noAccount":
    "Les comptes sont créés sur invitation. Si votre organisation participe, demandez une invitation à sa personne-ressource ou à l'équipe de la consultation.",
  "signIn.signedOut": "Vous êtes déconnecté.",
  "signIn.expired": "Votre session a pris fin. Reconnectez-vous pour continuer.",

  "invitation.title": "Accepter votre invitation",
  "invitation.intro": "Vous êtes invité à participer à Table ronde à l'adresse {email}.",
  "invitation.introOrganization":
    "Vous êtes invité à participer à Table ronde au nom de {organization}, à l'adresse {email}.",
  "invitation.name": "Votre nom",
  "invitation.language": "Langue de préférence pour les courriels",
  "invitation.password": "Choisissez un mot de passe",
  "invitation.submit": "Créer mon compte",
  "invitation.invalid.title": "Ce lien d'invitation ne fonctionne pas",
  "invitation.invalid.body":
    "Le lien est peut-être incomplet. Copiez l'adresse entière du courriel ou demandez une nouvelle invitation à la personne qui vous a invité.",
  "invitation.used.title": "Cette invitation a déjà été utilisée",
  "invitation.used.body":
    "Un compte a été créé avec celle-ci. Connectez-vous, ou demandez une nouvelle invitation si ce n'était pas vous.",
  "invitation.expired.title": "Cette invitation est expirée",
  "invitation.expired.body":
    "Les invitations sont valides 14 jours. Demandez-en une nouvelle à la personne qui vous a invité ou à l'équipe de la consultation.",
  "invitation.accountExists":
    "Un compte utilise déjà cette adresse courriel. Connectez-vous plutôt.",

  "forgot.title": "Réinitialiser votre mot de passe",
  "forgot.intro":
    "Entrez l'adresse courriel de votre compte. Si un compte l'utilise, nous y envoyons un lien pour choisir un nouveau mot de passe. Le lien fonctionne une fois, pendant une heure.",
  "forgot.submit": "Envoyer le lien",
  "forgot.sent":
    "Si un compte utilise cette adresse, un lien de réinitialisation est en route. Consultez vos courriels.",
  "forgot.rateLimited":
    "Trop de demandes pour cette adresse. Attendez une heure avant de réessayer.",
  "reset.title": "Choisir un nouveau mot de passe",
  "reset.password": "Nouveau mot de passe",
  "reset.submit": "Enregistrer mon nouveau mot de passe",
  "reset.invalid":
    "Ce lien ne fonctionne plus : il a déjà servi ou date de plus d'une heure. Demandez-en un nouveau.",
  "reset.done": "Votre mot de passe est modifié. Connectez-vous avec celui-ci.",

  "twoFactor.setup.title": "Configurer la vérification en deux étapes",
  "twoFactor.setup.intro":
    "Les comptes du personnel sont protégés par une deuxième étape : un code à six chiffres produit par une application d'authentification sur votre téléphone.",
  "twoFactor.setup.step1":
    "Balayez ce code avec votre application d'authentification ou saisissez la clé ci-dessous.",
  "twoFactor.setup.manualKey": "Clé à saisir",
  "twoFactor.setup.qrLabel": "Code QR pour votre application d'authentification",
  "twoFactor.code": "Code à six chiffres de votre application",
  "twoFactor.setup.submit": "Activer la vérification en deux étapes",
  "twoFactor.setup.alreadyOn":
    "La vérification en deux étapes est déjà activée pour votre compte. Si vous avez perdu votre téléphone, connectez-vous avec un code de récupération ou demandez à un administrateur de la réinitialiser.",
  "twoFactor.invalidCode":
    "Ce code est incorrect. Vérifiez l'heure de votre téléphone et essayez le code le plus récent.",
  "twoFactor.rateLimited": "Trop de codes erronés. Attendez 15 minutes avant de réessayer.",
  "twoFactor.recovery.title": "Conservez vos codes de récupération",
  "twoFactor.recovery.intro":
    "Si vous perdez votre téléphone, chacun de ces codes vous permet de vous connecter une fois. Gardez-les en lieu sûr : ils ne seront plus affichés.",
  "twoFactor.recovery.continue": "Je les ai conservés : continuer",
  "twoFactor.verify.title": "Vérification en deux étapes",
  "twoFactor.verify.intro":
    "Entrez le code à six chiffres de votre application d'authentification ou l'un de vos codes de récupération.",
  "twoFactor.verify.codeOrRecovery": "Code",
  "twoFactor.verify.submit": "Vérifier",

  "account.title": "Mon compte",
  "account.profile": "Profil",
  "account.name": "Nom",
  "account.email": "Adresse courriel",
  "account.language": "Langue de préférence",
  "account.noPreference": "Aucune préférence (courriels dans les deux langues)",
  "account.organizations": "Organisations",
  "account.roles": "Rôles",
  "account.sessions": "Où vous êtes connecté",
  "account.sessionStarted": "Connexion le {date}",
  "account.sessionLastSeen": "dernière activité le {date}",
  "account.thisSession": "Cette session",
  "account.revoke": "Fermer cette session",
  "account.revoked": "Cette session est fermée.",
  "account.changePassword": "Changer votre mot de passe",
  "account.currentPassword": "Mot de passe actuel",
  "account.newPassword": "Nouveau mot de passe",
  "account.wrongPassword": "Votre mot de passe actuel est incorrect.",
  "account.passwordChanged": "Votre mot de passe est modifié. Vos autres sessions sont fermées.",
  "account.emails": "Courriels que vous recevez",
  "account.emailsIntro":
    "Les accusés de réception, les décisions sur vos contributions et les avis de sécurité sont toujours envoyés.",
  "account.optReminders": "Rappels avant la fermeture d'une consultation",
  "account.optDigest": "Résumé quotidien du travail qui m'attend (personnel)",
  "account.preferencesSaved": "Vos préférences de courriel sont enregistrées.",

  "notifications.title": "Notifications",
  "notifications.empty": "Vous n'avez aucune notification.",
  "notifications.markAllRead": "Tout marquer comme lu",
  "notifications.unread": "Non lue",
  "notifications.event.invitation.sent": "Invitation envoyée",
  "notifications.event.password-reset.requested": "Réinitialisation du mot de passe demandée",
  "notifications.event.password.changed": "Votre mot de passe a été modifié",
  "notifications.event.two-factor.changed": "Votre vérification en deux étapes a changé",
  "notifications.event.input.submitted": "Contribution {reference} reçue",
  "notifications.event.input.decided": "Décision sur la contribution {reference}",
  "notifications.event.reminder.due": "Une consultation se termine bientôt",
  "notifications.event.survey.invited": "Vous êtes invité à répondre à un sondage",
  "notifications.event.input.assigned": "Des contributions vous ont été attribuées",
  "notifications.event.digest.daily": "Votre résumé quotidien",
  "notifications.event.review.published": "L'examen qui cite votre contribution est publié",

  "unsubscribe.title": "Préférences de courriel",
  "unsubscribe.confirm": "Ne plus recevoir les courriels « {kind} »?",
  "unsubscribe.submit": "Ne plus recevoir ces courriels",
  "unsubscribe.done":
    "Vous ne recevrez plus ces courriels. Vous pouvez les réactiver à partir de votre compte.",
  "unsubscribe.invalid":
    "Ce lien ne fonctionne pas. Gérez plutôt vos courriels à partir de votre compte.",

  "sessionWarning.title": "Votre session va bientôt prendre fin",
  "typedText.restored":
    "Ce que vous aviez saisi avant d’être déconnecté a été remis dans le formulaire. Vérifiez-le, puis enregistrez ou soumettez.",
  "sessionWarning.body":
    "Pour votre sécurité, vous serez déconnecté dans {minutes} minute(s) à moins de continuer. Ce que vous avez saisi reste sur cette page.",
  "sessionWarning.extend": "Rester connecté",
  "sessionWarning.extended": "Votre session est prolongée.",

  "staff.title": "Espace du personnel",
  "staff.intro": "Bienvenue, {name}. Vos rôles : {roles}.",
  "role.contributor": "Contributeur",
  "role.coordinator": "Coordonnateur",
  "role.moderator": "Modérateur",
  "role.drafter": "Rédacteur",
  "role.approver": "Approbateur",
  "role.admin": "Administrateur",
};

export const accountsMessages = { en, fr };
