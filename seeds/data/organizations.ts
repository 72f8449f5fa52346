import type { SeedOrganization } from "./types";

// Organizations for the demo. Federal departments and international organizations are real;
// "maple-settlement-network", "experts-centre" and "francophone-network-nb" are fictional
// (website null). Keys are referenced by practices.ts and by the user seeds.

export const demoOrganizations: SeedOrganization[] = [
  {
    key: "ircc",
    name: {
      en: "Immigration, Refugees and Citizenship Canada",
      fr: "Immigration, Réfugiés et Citoyenneté Canada",
    },
    category: "federal-department",
    jurisdiction: "national",
    website: "https://www.canada.ca/en/immigration-refugees-citizenship.html",
  },
  {
    key: "gac",
    name: {
      en: "Global Affairs Canada",
      fr: "Affaires mondiales Canada",
    },
    category: "federal-department",
    jurisdiction: "national",
    website: "https://www.canada.ca/en/global-affairs.html",
  },
  {
    key: "cbsa",
    name: {
      en: "Canada Border Services Agency",
      fr: "Agence des services frontaliers du Canada",
    },
    category: "federal-department",
    jurisdiction: "national",
    website: "https://www.canada.ca/en/border-services-agency.html",
  },
  {
    key: "esdc",
    name: {
      en: "Employment and Social Development Canada",
      fr: "Emploi et Développement social Canada",
    },
    category: "federal-department",
    jurisdiction: "national",
    website: "https://www.canada.ca/en/employment-social-development.html",
  },
  {
    key: "wage",
    name: {
      en: "Women and Gender Equality Canada",
      fr: "Femmes et Égalité des genres Canada",
    },
    category: "federal-department",
    jurisdiction: "national",
    website: "https://www.canada.ca/en/women-gender-equality.html",
  },
  {
    key: "phac",
    name: {
      en: "Public Health Agency of Canada",
      fr: "Agence de la santé publique du Canada",
    },
    category: "federal-department",
    jurisdiction: "national",
    website: "https://www.canada.ca/en/public-health.html",
  },
  {
    key: "public-safety",
    name: {
      en: "Public Safety Canada",
      fr: "Sécurité publique Canada",
    },
    category: "federal-department",
    jurisdiction: "national",
    website: "https://www.canada.ca/en/public-safety-canada.html",
  },
  {
    key: "ontario",
    name: {
      en: "Government of Ontario",
      fr: "Gouvernement de l'Ontario",
    },
    category: "province-territory",
    jurisdiction: "ON",
    website: "https://www.ontario.ca",
  },
  {
    key: "maple-settlement-network",
    name: {
      en: "Maple Settlement Network",
      fr: "Réseau d'établissement Érable",
    },
    category: "civil-society-organization",
    jurisdiction: "MB",
    website: null,
  },
  {
    key: "experts-centre",
    name: {
      en: "Prairie Centre for Migration Research",
      fr: "Centre de recherche des Prairies sur les migrations",
    },
    category: "experts-group",
    jurisdiction: "SK",
    website: null,
  },
  {
    key: "francophone-network-nb",
    name: {
      en: "Acadie Welcome Network",
      fr: "Réseau Acadie Accueil",
    },
    category: "francophone-immigration-network",
    jurisdiction: "NB",
    website: null,
  },
  {
    key: "imrc-wlu",
    name: {
      en: "International Migration Research Centre, Wilfrid Laurier University",
      fr: "Centre de recherche sur les migrations internationales, Université Wilfrid Laurier",
    },
    category: "academia",
    jurisdiction: "ON",
    website: null,
  },
  {
    key: "iom",
    name: {
      en: "International Organization for Migration",
      fr: "Organisation internationale pour les migrations",
    },
    category: "international-organization",
    jurisdiction: "international",
    website: "https://www.iom.int",
  },
  {
    key: "unhcr",
    name: {
      en: "Office of the United Nations High Commissioner for Refugees",
      fr: "Haut Commissariat des Nations Unies pour les réfugiés",
    },
    category: "international-organization",
    jurisdiction: "international",
    website: "https://www.unhcr.org",
  },
];
