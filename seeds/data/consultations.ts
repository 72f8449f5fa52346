import type { SeedConsultation } from "./types";

export const demoConsultations: SeedConsultation[] = [
  {
    key: "2020-regional-review",
    title: {
      en: "2020 GCM regional review",
      fr: "Examen régional du PMM 2020",
    },
    description: {
      en: "Canada's first stocktaking of how its policies and programs advance the Global Compact for Migration, prepared for the regional review organized by the UN Network on Migration and the UN Economic Commission for Europe. Federal departments, provinces, territories, municipalities and civil society were invited to share practices put in place since the Compact's adoption in December 2018. The contributions informed Canada's submission of voluntary inputs.",
      fr: "Premier bilan de la manière dont les politiques et programmes du Canada font progresser le Pacte mondial sur les migrations, préparé en vue de l'examen régional organisé par le Réseau des Nations Unies sur les migrations et la Commission économique des Nations Unies pour l'Europe. Les ministères fédéraux, les provinces, les territoires, les municipalités et la société civile ont été invités à faire connaître les pratiques mises en place depuis l'adoption du Pacte en décembre 2018. Ces contributions ont alimenté la présentation des contributions volontaires du Canada.",
    },
    type: "regional-review",
    coversFrom: "2018-12-19",
    coversTo: "2020-10-31",
    opensAt: "2020-06-01T09:00:00-04:00",
    closesAt: "2020-09-30T17:00:00-04:00",
    status: "published",
    components: ["call-for-practices"],
  },
  {
    key: "2021-update",
    title: {
      en: "2021 update to Canada's voluntary inputs",
      fr: "Mise à jour 2021 des contributions volontaires du Canada",
    },
    description: {
      en: "This consultation gathers new practices and results for the period from November 2020 to November 2021, to update the voluntary inputs Canada submitted for the regional review. Contributions on the pandemic response, balanced narratives on migration, gender-responsive migration management, integration and social cohesion, and cooperation in the Americas are particularly welcome. The update will help Canada prepare for the first International Migration Review Forum.",
      fr: "Cette consultation recueille les nouvelles pratiques et les résultats obtenus de novembre 2020 à novembre 2021, afin de mettre à jour les contributions volontaires présentées par le Canada lors de l'examen régional. Les contributions portant sur la réponse à la pandémie, les discours équilibrés sur la migration, une gestion des migrations qui tient compte des genres, l'intégration et la cohésion sociale ainsi que la coopération dans les Amériques sont particulièrement bienvenues. Cette mise à jour aidera le Canada à se préparer au premier Forum d'examen des migrations internationales.",
    },
    type: "annual-update",
    coversFrom: "2020-11-01",
    coversTo: "2021-11-30",
    opensAt: "2021-09-01T09:00:00-04:00",
    closesAt: "2027-03-31T17:00:00-04:00",
    status: "open",
    components: ["call-for-practices", "objective-comments"],
    audienceCategories: [
      "province-territory",
      "civil-society-organization",
      "experts-group",
      "francophone-immigration-network",
      "settlement-service-provider",
      "academia",
    ],
  },
];
