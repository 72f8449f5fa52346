import type { SeedFramework, SeedStakeholderCategory } from "./types";

// Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195).
// Objective and principle titles are copied verbatim from gcm-framework.source.json.
// Thematic cluster and review template French texts are our own translations.

export const gcmFramework: SeedFramework = {
  code: "GCM",
  name: {
    en: "Global Compact for Safe, Orderly and Regular Migration",
    fr: "Pacte mondial pour des migrations sûres, ordonnées et régulières",
  },
  objectives: [
    {
      number: 1,
      title: {
        en: "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
        fr: "Collecter et utiliser des données précises et ventilées qui serviront à l'élaboration de politiques fondées sur la connaissance des faits",
      },
    },
    {
      number: 2,
      title: {
        en: "Minimize the adverse drivers and structural factors that compel people to leave their country of origin",
        fr: "Lutter contre les facteurs négatifs et les problèmes structurels qui poussent des personnes à quitter leur pays d'origine",
      },
    },
    {
      number: 3,
      title: {
        en: "Provide accurate and timely information at all stages of migration",
        fr: "Fournir dans les meilleurs délais des informations exactes à toutes les étapes de la migration",
      },
    },
    {
      number: 4,
      title: {
        en: "Ensure that all migrants have proof of legal identity and adequate documentation",
        fr: "Munir tous les migrants d'une preuve d'identité légale et de papiers adéquats",
      },
    },
    {
      number: 5,
      title: {
        en: "Enhance availability and flexibility of pathways for regular migration",
        fr: "Faire en sorte que les filières de migration régulière soient accessibles et plus souples",
      },
    },
    {
      number: 6,
      title: {
        en: "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work",
        fr: "Favoriser des pratiques de recrutement justes et éthiques et assurer les conditions d'un travail décent",
      },
    },
    {
      number: 7,
      title: {
        en: "Address and reduce vulnerabilities in migration",
        fr: "S'attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire",
      },
    },
    {
      number: 8,
      title: {
        en: "Save lives and establish coordinated international efforts on missing migrants",
        fr: "Sauver des vies et mettre en place une action internationale coordonnée pour retrouver les migrants disparus",
      },
    },
    {
      number: 9,
      title: {
        en: "Strengthen the transnational response to smuggling of migrants",
        fr: "Renforcer l'action transnationale face au trafic de migrants",
      },
    },
    {
      number: 10,
      title: {
        en: "Prevent, combat and eradicate trafficking in persons in the context of international migration",
        fr: "Prévenir, combattre et éliminer la traite de personnes dans le cadre des migrations internationales",
      },
    },
    {
      number: 11,
      title: {
        en: "Manage borders in an integrated, secure and coordinated manner",
        fr: "Gérer les frontières de manière intégrée, sûre et coordonnée",
      },
    },
    {
      number: 12,
      title: {
        en: "Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral",
        fr: "Veiller à l'invariabilité et à la prévisibilité des procédures migratoires pour assurer des contrôles, des évaluations et une orientation appropriés",
      },
    },
    {
      number: 13,
      title: {
        en: "Use migration detention only as a measure of last resort and work towards alternatives",
        fr: "Ne recourir au placement en rétention administrative des migrants qu'en dernier ressort et chercher des solutions de rechange",
      },
    },
    {
      number: 14,
      title: {
        en: "Enhance consular protection, assistance and cooperation throughout the migration cycle",
        fr: "Renforcer la protection, l'assistance et la coopération consulaires tout au long du cycle migratoire",
      },
    },
    {
      number: 15,
      title: {
        en: "Provide access to basic services for migrants",
        fr: "Assurer l'accès des migrants aux services de base",
      },
    },
    {
      number: 16,
      title: {
        en: "Empower migrants and societies to realize full inclusion and social cohesion",
        fr: "Donner aux migrants et aux sociétés les moyens de réaliser la pleine intégration et la cohésion sociale",
      },
    },
    {
      number: 17,
      title: {
        en: "Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration",
        fr: "Éliminer toutes les formes de discrimination et encourager un débat public fondé sur l'analyse des faits afin de faire évoluer la manière dont la migration est perçue",
      },
    },
    {
      number: 18,
      title: {
        en: "Invest in skills development and facilitate mutual recognition of skills, qualifications and competences",
        fr: "Investir dans le perfectionnement des compétences et faciliter la reconnaissance mutuelle des aptitudes, qualifications et compétences",
      },
    },
    {
      number: 19,
      title: {
        en: "Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries",
        fr: "Créer les conditions permettant aux migrants et aux diasporas de contribuer pleinement au développement durable dans tous les pays",
      },
    },
    {
      number: 20,
      title: {
        en: "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants",
        fr: "Promouvoir des transferts de fonds plus rapides, plus sûrs et moins coûteux et favoriser l'inclusion financière des migrants",
      },
    },
    {
      number: 21,
      title: {
        en: "Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration",
        fr: "Coopérer en vue de faciliter le retour et la réadmission des migrants en toute sécurité et dans la dignité, ainsi que leur réintégration durable",
      },
    },
    {
      number: 22,
      title: {
        en: "Establish mechanisms for the portability of social security entitlements and earned benefits",
        fr: "Mettre en place des mécanismes de portabilité des droits de sécurité sociale et des avantages acquis",
      },
    },
    {
      number: 23,
      title: {
        en: "Strengthen international cooperation and global partnerships for safe, orderly and regular migration",
        fr: "Renforcer la coopération internationale et les partenariats mondiaux pour des migrations sûres, ordonnées et régulières",
      },
    },
  ],
  principles: [
    {
      key: "people-centred",
      title: { en: "People-centred", fr: "Priorité à la dimension humaine" },
    },
    {
      key: "international-cooperation",
      title: { en: "International cooperation", fr: "Coopération internationale" },
    },
    {
      key: "national-sovereignty",
      title: { en: "National sovereignty", fr: "Souveraineté nationale" },
    },
    {
      key: "rule-of-law",
      title: {
        en: "Rule of law and due process",
        fr: "État de droit et garanties d'une procédure régulière",
      },
    },
    {
      key: "sustainable-development",
      title: { en: "Sustainable development", fr: "Développement durable" },
    },
    { key: "human-rights", title: { en: "Human rights", fr: "Droits de l'homme" } },
    {
      key: "gender-responsive",
      title: { en: "Gender-responsive", fr: "Prise en compte de la problématique femmes-hommes" },
    },
    {
      key: "child-sensitive",
      title: { en: "Child-sensitive", fr: "Prise en compte de la situation des enfants" },
    },
    {
      key: "whole-of-government",
      title: {
        en: "Whole-of-government approach",
        fr: "Approche mobilisant l'ensemble des pouvoirs publics",
      },
    },
    {
      key: "whole-of-society",
      title: {
        en: "Whole-of-society approach",
        fr: "Approche mobilisant l'ensemble de la société",
      },
    },
  ],
  thematicClusters: [
    {
      key: "human-rights-inclusion",
      title: {
        en: "Human rights, social inclusion and cohesion, and all forms of discrimination",
        fr: "Droits de la personne, inclusion et cohésion sociales, et lutte contre toutes les formes de discrimination",
      },
    },
    {
      key: "drivers",
      title: {
        en: "Drivers of migration, including climate change, disasters and human-made crises",
        fr: "Facteurs de migration, notamment les changements climatiques, les catastrophes et les crises d'origine humaine",
      },
    },
    {
      key: "governance-borders-return",
      title: {
        en: "International cooperation and governance at borders, in transit, at entry, return, readmission, integration and reintegration",
        fr: "Coopération internationale et gouvernance des migrations aux frontières, en transit et à l'entrée, ainsi qu'en matière de retour, de réadmission, d'intégration et de réintégration",
      },
    },
    {
      key: "development-remittances",
      title: {
        en: "Contributions of migrants and diasporas to sustainable development, remittances and portability of benefits",
        fr: "Contribution des migrants et des diasporas au développement durable, envois de fonds et transférabilité des prestations acquises",
      },
    },
    {
      key: "smuggling-trafficking",
      title: {
        en: "Smuggling of migrants, trafficking in persons and contemporary forms of slavery",
        fr: "Trafic illicite de migrants, traite des personnes et formes contemporaines d'esclavage",
      },
    },
    {
      key: "regular-pathways",
      title: {
        en: "Irregular migration and regular pathways, decent work, labour mobility and recognition of skills",
        fr: "Migration irrégulière et voies de migration régulière, travail décent, mobilité de la main-d'œuvre et reconnaissance des compétences",
      },
    },
  ],
  reviewTemplate: [
    {
      number: 1,
      title: {
        en: "Methodology for preparing the voluntary GCM review",
        fr: "Méthodologie de préparation de l'examen volontaire du PMM",
      },
      suggestedWords: 500,
      prompts: [
        {
          en: "(a) the review's scope, depth and limits; how the GCM vision and guiding principles and its follow-up and review paragraphs were applied; whether it feeds a national implementation plan built with all stakeholders",
          fr: "(a) la portée, la profondeur et les limites de l'examen; la façon dont la vision et les principes directeurs du PMM, ainsi que ses paragraphes sur le suivi et l'examen, ont été appliqués; la mesure dans laquelle l'examen alimente un plan national de mise en œuvre élaboré avec l'ensemble des parties prenantes",
        },
        {
          en: "(b) how the review was prepared: which levels and sectors of government contributed; whole-of-government and whole-of-society approaches; parliaments and local authorities; mechanisms to engage civil society; regional organisations and UN Country Teams",
          fr: "(b) le processus de préparation de l'examen, soit les ordres et secteurs de gouvernement qui y ont contribué, l'application des approches pangouvernementale et pansociétale, la participation des parlements et des autorités locales, les mécanismes de mobilisation de la société civile ainsi que le rôle des organisations régionales et des équipes de pays des Nations Unies",
        },
      ],
    },
    {
      number: 2,
      title: {
        en: "Policy and enabling environment",
        fr: "Politiques et environnement favorable",
      },
      suggestedWords: 1500,
      prompts: [
        {
          en: "(a) how stakeholders were informed and involved in implementation and review, promoting gender equality and inclusion",
          fr: "(a) la manière dont les parties prenantes ont été informées et associées à la mise en œuvre et à l'examen, en favorisant l'égalité des genres et l'inclusion",
        },
        {
          en: "(b) how GCM implementation is integrated with SDG implementation and other processes",
          fr: "(b) l'intégration de la mise en œuvre du PMM à celle des objectifs de développement durable (ODD) et à d'autres processus",
        },
        {
          en: "(c) migration policies, measures, institutional changes and the barriers met",
          fr: "(c) les politiques et mesures migratoires, les changements institutionnels et les obstacles rencontrés",
        },
        {
          en: "(d) status of regional plans and strategies, with the main gaps and challenges",
          fr: "(d) l'état d'avancement des plans et stratégies régionaux, ainsi que leurs principales lacunes et difficultés",
        },
      ],
    },
    {
      number: 3,
      title: {
        en: "Progress on GCM objectives",
        fr: "Progrès réalisés à l'égard des objectifs du PMM",
      },
      suggestedWords: 2000,
      prompts: [
        {
          en: "(a) implementation plans and the status of all 23 objectives, with innovative policies or promising practices, using statistical and qualitative data",
          fr: "(a) les plans de mise en œuvre et l'état d'avancement des 23 objectifs, en présentant des politiques novatrices ou des pratiques prometteuses appuyées par des données statistiques et qualitatives",
        },
        {
          en: "(b) steps taken to integrate the vision and the cross-cutting guiding principles",
          fr: "(b) les mesures prises pour intégrer la vision et les principes directeurs transversaux du PMM",
        },
        {
          en: "(c) critical difficulties met and how they could be addressed: trends, successes, challenges, lessons learned",
          fr: "(c) les difficultés majeures rencontrées et les moyens d'y remédier, y compris les tendances, les réussites, les défis et les leçons apprises",
        },
        {
          en: "(d) promising practices and lessons relevant for other countries",
          fr: "(d) les pratiques prometteuses et les leçons apprises qui pourraient être utiles à d'autres pays",
        },
      ],
    },
    {
      number: 4,
      title: {
        en: "Means of implementation",
        fr: "Moyens de mise en œuvre",
      },
      suggestedWords: 500,
      prompts: [
        {
          en: "(a) how means of implementation are mobilized, the difficulties, and the resources still needed: financing, capacity development, data, technology, partnerships",
          fr: "(a) la mobilisation des moyens de mise en œuvre, les difficultés éprouvées et les ressources encore nécessaires en matière de financement, de renforcement des capacités, de données, de technologie et de partenariats",
        },
      ],
    },
    {
      number: 5,
      title: {
        en: "Next steps",
        fr: "Prochaines étapes",
      },
      suggestedWords: 500,
      prompts: [
        {
          en: "(a) steps planned to enhance implementation",
          fr: "(a) les mesures prévues pour renforcer la mise en œuvre",
        },
        {
          en: "(b) how the results will be disseminated and how the country prepares for the International Migration Review Forum",
          fr: "(b) la diffusion des résultats de l'examen et la préparation du pays en vue du Forum d'examen des migrations internationales",
        },
      ],
    },
  ],
};

export const stakeholderCategories: SeedStakeholderCategory[] = [
  { key: "federal-department", name: { en: "Federal department", fr: "Ministère fédéral" } },
  {
    key: "province-territory",
    name: { en: "Province or territory", fr: "Province ou territoire" },
  },
  { key: "municipality", name: { en: "Municipality", fr: "Municipalité" } },
  {
    key: "experts-group",
    name: {
      en: "Canada Migration Experts Group",
      fr: "Groupe d'experts sur les migrations du Canada",
    },
  },
  {
    key: "civil-society-organization",
    name: { en: "Civil society organization", fr: "Organisation de la société civile" },
  },
  {
    key: "migrant-or-diaspora-organization",
    name: {
      en: "Migrant or diaspora organization",
      fr: "Organisation de migrants ou de la diaspora",
    },
  },
  { key: "youth-organization", name: { en: "Youth organization", fr: "Organisation jeunesse" } },
  {
    key: "faith-based-organization",
    name: { en: "Faith-based organization", fr: "Organisation confessionnelle" },
  },
  {
    key: "settlement-service-provider",
    name: {
      en: "Settlement service provider organization",
      fr: "Fournisseur de services d'établissement",
    },
  },
  {
    key: "local-immigration-partnership",
    name: { en: "Local Immigration Partnership", fr: "Partenariat local en matière d'immigration" },
  },
  {
    key: "francophone-immigration-network",
    name: { en: "Francophone Immigration Network", fr: "Réseau en immigration francophone" },
  },
  {
    key: "indigenous-organization",
    name: { en: "Indigenous organization", fr: "Organisation autochtone" },
  },
  { key: "private-sector", name: { en: "Private sector", fr: "Secteur privé" } },
  {
    key: "employers-organization",
    name: { en: "Employers' organization", fr: "Organisation d'employeurs" },
  },
  { key: "trade-union", name: { en: "Trade union", fr: "Syndicat" } },
  { key: "academia", name: { en: "Academia", fr: "Milieu universitaire" } },
  {
    key: "national-human-rights-institution",
    name: {
      en: "National human rights institution",
      fr: "Institution nationale des droits de la personne",
    },
  },
  {
    key: "red-cross-red-crescent",
    name: {
      en: "International Red Cross and Red Crescent Movement",
      fr: "Mouvement international de la Croix-Rouge et du Croissant-Rouge",
    },
  },
  { key: "parliamentarian", name: { en: "Parliamentarian", fr: "Parlementaire" } },
  { key: "media", name: { en: "Media", fr: "Médias" } },
  {
    key: "international-organization",
    name: { en: "International organization", fr: "Organisation internationale" },
  },
  { key: "other", name: { en: "Other", fr: "Autre" } },
];
