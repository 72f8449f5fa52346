import type { MessageKey } from "./catalog-en";
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

export const fr: Record<MessageKey, string> = {
  ...accountsMessages.fr,
  ...adminMessages.fr,
  ...consultationsMessages.fr,
  ...contributionsMessages.fr,
  ...repositoryMessages.fr,
  ...triageMessages.fr,
  ...surveysMessages.fr,
  ...surveyResultsMessages.fr,
  ...reviewMessages.fr,
  ...reviewPublicationMessages.fr,
  "app.name": "Table ronde",
  "language.en": "anglais",
  "language.fr": "français",

  "layout.skipToContent": "Passer au contenu principal",
  "layout.government": "Gouvernement du Canada",
  "layout.languageSelection": "Sélection de la langue",
  "layout.languageName": "Français",
  "layout.mainNavigation": "Navigation principale",
  "layout.aboutThisSite": "À propos de ce site",
  "layout.footerNote":
    "Table ronde recueille les contributions des gouvernements et de la société civile à l'examen canadien du Pacte mondial pour des migrations sûres, ordonnées et régulières.",

  "nav.home": "Accueil",
  "nav.practices": "Pratiques publiées",
  "nav.myInputs": "Mes contributions",
  "nav.objectives": "Objectifs",
  "nav.privacy": "Confidentialité",
  "nav.accessibility": "Accessibilité",

  "home.title": "Table ronde : les consultations du Canada sur le Pacte mondial sur les migrations",
  "home.intro":
    "Les organisations, les provinces et territoires et les experts font part de leurs pratiques et de leurs commentaires sur les 23 objectifs du Pacte mondial pour des migrations sûres, ordonnées et régulières. Le personnel fédéral les examine et en rend compte aux Nations Unies, en montrant où chaque contribution a servi.",
  "home.browseObjectives": "Parcourir les 23 objectifs et leurs pratiques publiées",
  "home.openConsultations": "Consultations ouvertes",
  "home.noOpenConsultations": "Aucune consultation n'est ouverte en ce moment.",
  "home.pastConsultations": "Consultations passées",
  "home.noPastConsultations": "Il n'y a pas encore de consultation passée.",

  "consultation.status": "État",
  "consultation.status.draft": "Ébauche",
  "consultation.status.open": "Ouverte",
  "consultation.status.closed": "Fermée",
  "consultation.status.in-review": "En examen",
  "consultation.status.published": "Publiée",
  "consultation.covers": "Période visée",
  "consultation.window": "Période de contribution",
  "consultation.dateRange": "du {from} au {to}",
  "consultation.publishedPractices": "Pratiques publiées",
  "consultation.noPractices": "Aucune pratique de cette consultation n'a encore été publiée.",

  "objectives.title": "Objectifs",
  "objectives.intro":
    "Le {framework} énonce 23 objectifs. Chacun mène aux pratiques publiées qui s'y rapportent.",
  "objectives.caption": "Objectifs et nombre de pratiques publiées pour chacun",
  "objectives.number": "N°",
  "objectives.objective": "Objectif",
  "objectives.publishedPractices": "Pratiques publiées",

  "objective.heading": "Objectif {number} : {title}",
  "objective.publishedPractices": "Pratiques publiées ({count})",
  "objective.noPractices": "Aucune pratique n'a encore été publiée pour cet objectif.",

  "practice.hubExport": "Exporter pour le Carrefour du Réseau des Nations Unies sur les migrations",
  "practice.hubJson": "Données (JSON)",
  "practice.hubDocx": "Document Word (DOCX)",
  "objective.comment": "Commenter cet objectif dans le cadre de : {consultation}",
  "objective.searchPractices": "Chercher et filtrer toutes les pratiques publiées sur cet objectif",
  "practice.reference": "Référence",
  "practice.leadOrganization": "Organisation responsable",
  "practice.anonymous": "Publiée de façon anonyme",
  "practice.partners": "Partenaires",
  "practice.principles": "Principes directeurs",
  "practice.objectives": "Objectifs",
  "practice.scope": "Portée",
  "practice.scope.national": "Nationale",
  "practice.scope.provincial": "Provinciale ou territoriale",
  "practice.scope.municipal": "Municipale",
  "practice.scope.international": "Internationale",
  "practice.period": "Période",
  "practice.funding": "Financement",
  "practice.thematicCluster": "Groupe thématique",
  "practice.publishedOn": "Publiée le",
  "practice.description": "Description",
  "practice.results": "Résultats et données probantes",
  "practice.groupsServed": "Groupes servis",
  "practice.originalLanguageOnly": "Cette pratique n'est offerte qu'en {language}.",

  "group.women-and-girls": "Femmes et filles",
  "group.children": "Enfants",
  "group.youth": "Jeunes",
  "group.lgbtq2": "Personnes LGBTQ2+",
  "group.refugees": "Réfugiés",
  "group.asylum-claimants": "Demandeurs d'asile",
  "group.temporary-foreign-workers": "Travailleurs étrangers temporaires",
  "group.international-students": "Étudiants étrangers",
  "group.francophone-minorities": "Communautés francophones en situation minoritaire",
  "group.indigenous-peoples": "Peuples autochtones",
  "group.older-persons": "Personnes âgées",
  "group.persons-with-disabilities": "Personnes en situation de handicap",
  "group.victims-of-trafficking": "Victimes de la traite",
  "group.newcomers": "Nouveaux arrivants",
  "group.migrants-in-vulnerable-situations": "Migrants en situation de vulnérabilité",

  "privacy.title": "Confidentialité",
  "privacy.body1":
    "Table ronde recueille les renseignements que vous soumettez à une consultation pour préparer l'examen canadien du Pacte mondial sur les migrations. Seul le personnel fédéral qui en a besoin voit votre contribution.",
  "privacy.body2":
    "Une pratique n'est publiée qu'avec votre consentement, avec ou sans le nom de votre organisation, selon votre choix. Vous pouvez demander en tout temps à consulter ou à corriger vos renseignements personnels.",

  "accessibility.title": "Accessibilité",
  "accessibility.body1":
    "Table ronde est conçue pour respecter les Règles pour l'accessibilité des contenus Web (WCAG) 2.1, niveau AA, et la norme CAN/ASC-EN 301 549. Chaque page fonctionne au clavier et avec un lecteur d'écran.",
  "accessibility.body2":
    "Si quelque chose vous empêche de participer, dites-le à l'équipe de la consultation : nous vous offrirons une autre façon de contribuer.",

  "errors.notFound.title": "Nous ne trouvons pas cette page",
  "errors.notFound.body": "L'adresse est peut-être mal saisie, ou la page a été déplacée.",
  "errors.serverError.title": "Un problème est survenu",
  "errors.serverError.body":
    "Nous n'avons pas pu traiter votre demande. Rien de ce que vous avez soumis auparavant n'a été perdu. Veuillez réessayer dans quelques minutes.",
  "errors.unavailable.title": "Table ronde est momentanément indisponible",
  "errors.unavailable.body":
    "Le service reprend son souffle. Veuillez réessayer dans quelques secondes.",
  "errors.code": "Erreur {status}",
  "errors.backHome": "Aller à la page d'accueil de Table ronde",
  "errors.forbidden.title": "Vous n'avez pas accès à cette page",
  "errors.forbidden.body":
    "Votre compte ne le permet pas. Si vous croyez qu'il le devrait, adressez-vous à votre coordonnateur.",
  "errors.tooMany.title": "Trop de tentatives",
  "errors.tooMany.body":
    "Pour votre sécurité, veuillez attendre quelques minutes avant de réessayer.",
  "errors.crossSite.body":
    "Cette demande provenait d'un autre site Web et a été refusée pour protéger votre compte. Retournez à Table ronde et réessayez.",
};
