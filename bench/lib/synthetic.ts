// Synthetic national consultation, generated inside the database with set-based SQL
// (INSERT … SELECT generate_series): no row travels through Node, so N = 1,000,000 takes
// minutes. Used by `npm run seed:scale` and by the benches in bench/. The same SQL runs on
// PostgreSQL (postgres.js) and on PGlite: the caller passes a function that runs one
// statement and returns its rows.
//
// bench/triage.ts has its own copy of the word lists and a simpler generator; it could
// import EN_WORDS/FR_WORDS and generateConsultationData from here instead.

export type Exec = (statement: string) => Promise<Array<Record<string, unknown>>>;

export const EN_WORDS = (
  "migrant workers families refugees asylum border community employers health housing language " +
  "training school children women youth province federal pathways integration settlement services " +
  "funding program access barriers credential recognition temporary permanent residence data " +
  "evidence labour market wages protection trafficking detention alternatives return dignity " +
  "cooperation climate displacement remittances diaspora partnership rural urban caregivers"
).split(" ");

export const FR_WORDS = (
  "travailleurs migrants familles réfugiés asile frontière communauté employeurs santé logement " +
  "langue formation école enfants femmes jeunes province fédéral voies intégration établissement " +
  "services financement programme accès obstacles reconnaissance titres temporaire permanente " +
  "résidence données preuves marché travail salaires protection traite détention solutions retour " +
  "dignité coopération climat déplacement envois fonds diaspora partenariat rurales urbaines"
).split(" ");

/**
 * Words of submitted practices as a national consultation sends them (bench/submit.ts and
 * bench/load-hold.ts): mostly texts of their own (random runs of the vocabulary above, EN and
 * FR), one in five a lightly edited copy of one of five form letters, as seed:scale makes them.
 */
export function submittedWords(random: () => number) {
  const pickWords = (words: string[], count: number) =>
    Array.from({ length: count }, () => words[Math.floor(random() * words.length)]!).join(" ");
  const letters = Array.from({ length: 5 }, () => pickWords(EN_WORDS, 60));
  return (n: number) => {
    if (n % 5 === 0) {
      const words = letters[n % letters.length]!.split(" ");
      words[Math.floor(random() * words.length)] = pickWords(EN_WORDS, 1);
      return {
        language: "en",
        summary: `Form letter ${n % letters.length}.`,
        description: words.join(" "),
      };
    }
    const french = n % 3 === 0;
    const words = french ? FR_WORDS : EN_WORDS;
    return {
      language: french ? "fr" : "en",
      summary: pickWords(words, 12),
      description: pickWords(words, 40 + Math.floor(random() * 40)),
    };
  };
}

/** The 13 provinces and territories, plus the two jurisdictions that are not one. */
export const JURISDICTIONS = [
  "NL",
  "PE",
  "NS",
  "NB",
  "QC",
  "ON",
  "MB",
  "SK",
  "AB",
  "BC",
  "YT",
  "NT",
  "NU",
  "national",
  "international",
];

export interface SyntheticOptions {
  /** inputs to generate (practices, comments, survey answers) */
  inputs: number;
  /** share of practices among the inputs (default 0.25) */
  practiceShare?: number;
  /** share of survey answers (default 0.25); the rest are comments */
  surveyShare?: number;
  /** share of practices accepted and published with consent (default 0.4) */
  publishedShare?: number;
  /** share of inputs that are copies of a form letter with a light edit (default 0.2) */
  formLetterShare?: number;
  /** consultations the inputs are spread over, the demo's included (default 5) */
  consultations?: number;
  log?: (message: string) => void;
}

export interface SyntheticSummary {
  inputs: number;
  organizations: number;
  users: number;
  consultations: number;
  practices: number;
  publishedPractices: number;
  comments: number;
  surveyAnswers: number;
  formLetterCopies: number;
  seconds: number;
}

const quote = (word: string) => `'${word.replace(/'/g, "''")}'`;
const sqlArray = (words: string[]) => `(array[${words.map(quote).join(",")}]::text[])`;

/**
 * Words of a text, chosen by hashing (seed, position). Every 4th word is one of 20,000
 * rare words, so unrelated texts share words but rarely 3-word runs (a 50-word vocabulary
 * alone would make every text look like every other to the near-duplicate pass).
 */
function wordsSql(words: string, seed: string, count: number, salt: number, edit?: string) {
  // A light edit: the word at one position (chosen by `edit`) is replaced.
  const edited = edit
    ? `when k = 1 + ${edit} % ${count} then ${words}[1 + abs(hashint4(${edit})) % array_length(${words}, 1)] `
    : "";
  return `(select string_agg(case ${edited}when k % 4 = 0 then 'rare' || (abs(hashint4(k * ${salt} + ${seed})) % 20000)
      else ${words}[1 + abs(hashint4(k * 7919 + ${seed} + ${salt})) % array_length(${words}, 1)] end, ' ')
    from generate_series(1, ${count}) k)`;
}

/** Runs `work`, logs how long it took. */
async function step<T>(log: (m: string) => void, name: string, work: () => Promise<T>) {
  const start = performance.now();
  const result = await work();
  log(`${name}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

/**
 * Adds a national consultation's worth of data to a migrated database that already holds
 * the reference data and the demo (seeds/seed.ts). Leaves every foreign key satisfied, the
 * search vectors computed (a generated column), a version row for every submitted input,
 * survey answers linked to their inputs, and fresh planner statistics.
 */
export async function generateConsultationData(
  exec: Exec,
  options: SyntheticOptions,
): Promise<SyntheticSummary> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const n = Math.max(1, Math.floor(options.inputs));
  const practiceShare = options.practiceShare ?? 0.25;
  const surveyShare = options.surveyShare ?? 0.25;
  const publishedShare = options.publishedShare ?? 0.4;
  const formShare = options.formLetterShare ?? 0.2;
  const consultationCount = options.consultations ?? 5;
  const orgCount = Math.max(60, Math.round(n / 100));
  const userCount = orgCount * 2;
  const en = sqlArray(EN_WORDS);
  const fr = sqlArray(FR_WORDS);
  const jurisdictions = sqlArray(JURISDICTIONS);
  // Shares as thresholds on a hash in [0, 10000).
  const practiceCut = Math.round(practiceShare * 10_000);
  const surveyCut = practiceCut + Math.round(surveyShare * 10_000);
  const publishedCut = Math.round(publishedShare * 10_000);
  const formCut = Math.round(formShare * 10_000);

  const one = async <T = number>(statement: string) =>
    (await exec(statement))[0] as Record<string, T>;
  const author = (await one(`select min(id) as id from users`)).id;

  // --- Consultations: the demo's, and copies of its open one until there are enough.
  await step(log, "consultations", async () => {
    const existing = Number((await one(`select count(*)::int as n from consultations`)).n);
    for (let i = existing; i < consultationCount; i++) {
      await exec(`insert into consultations (slug, framework_id, type, status, title_en, title_fr,
          description_en, description_fr, covers_from, covers_to, opens_at, closes_at)
        select 'national-${i}', framework_id, type, status,
          'National consultation ${i} on migration', 'Consultation nationale ${i} sur la migration',
          description_en, description_fr, covers_from, covers_to, opens_at, closes_at
        from consultations order by closes_at desc nulls last, id limit 1
        on conflict (slug) do nothing`);
    }
  });
  await exec(`drop table if exists scale_consultations`);
  await exec(`create temporary table scale_consultations as
    select row_number() over (order by id)::int as idx, id, framework_id from consultations`);
  const consultations = Number((await one(`select count(*)::int as n from scale_consultations`)).n);

  // --- Organizations across every stakeholder category and jurisdiction, two members each.
  const orgBase = Number(
    (
      await one(
        `select coalesce(max(substring(slug from 11)::int), 0) as n from organizations where slug ~ '^scale-org-[0-9]+$'`,
      )
    ).n,
  );
  await step(log, `organizations (${orgCount}) and users (${userCount})`, async () => {
    await exec(`insert into organizations (slug, name_en, name_fr, stakeholder_category_id, jurisdiction, website)
      select 'scale-org-' || (${orgBase} + g),
        initcap(${en}[1 + g % 50]) || ' ' || initcap(${en}[1 + (g / 50) % 50]) || ' Association ' || (${orgBase} + g),
        'Association ' || ${fr}[1 + g % 50] || ' ' || ${fr}[1 + (g / 50) % 50] || ' ' || (${orgBase} + g),
        c.ids[1 + g % array_length(c.ids, 1)],
        ${jurisdictions}[1 + (g / 7) % ${JURISDICTIONS.length}],
        'https://org' || (${orgBase} + g) || '.example.org'
      from generate_series(1, ${orgCount}) g,
        (select array_agg(id order by position) as ids from stakeholder_categories
          where key <> 'federal-department') c`);
    await exec(`drop table if exists scale_orgs`);
    await exec(`create temporary table scale_orgs as
      select (substring(slug from 11)::int - ${orgBase}) as idx, id from organizations
      where slug ~ '^scale-org-[0-9]+$' and substring(slug from 11)::int > ${orgBase}`);
    await exec(`alter table scale_orgs add primary key (idx)`);
    await exec(`insert into users (email, name, preferred_language)
      select 'scale-user-' || (${orgBase * 2} + g) || '@example.org',
        initcap(${en}[1 + g % 50]) || ' Contributor ' || (${orgBase * 2} + g),
        (array['en','en','fr']::language[])[1 + g % 3]
      from generate_series(1, ${userCount}) g`);
    await exec(`drop table if exists scale_users`);
    await exec(`create temporary table scale_users as
      select (substring(email from 12 for position('@' in email) - 12)::int - ${orgBase * 2}) as idx, id
      from users where email ~ '^scale-user-[0-9]+@example.org$'
        and substring(email from 12 for position('@' in email) - 12)::int > ${orgBase * 2}`);
    await exec(`alter table scale_users add primary key (idx)`);
    await exec(`insert into user_roles (user_id, role) select id, 'contributor' from scale_users`);
    await exec(`insert into memberships (user_id, organization_id)
      select u.id, o.id from scale_users u join scale_orgs o on o.idx = (u.idx + 1) / 2`);
  });

  // Secondary indexes of the big tables are rebuilt once after the load (much faster than
  // maintaining them row by row); primary keys and unique constraints stay.
  const bigTables = [
    "inputs",
    "input_texts",
    "input_objectives",
    "input_principles",
    "input_versions",
    "survey_answers",
  ];
  const indexRows = await exec(`select i.indexname, i.indexdef from pg_indexes i
    where i.schemaname = 'public' and i.tablename in (${bigTables.map(quote).join(",")})
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`);
  for (const row of indexRows) await exec(`drop index if exists "${row.indexname as string}"`);

  // --- Inputs. g decides everything through hashes: kind, status, language, organization,
  // whether it copies one of 200 form letters. References come from the app's own sequence.
  const inputBase = Number((await one(`select coalesce(max(id), 0) as n from inputs`)).n);
  await step(log, `inputs (${n})`, async () => {
    await exec(`drop table if exists scale_plan`);
    await exec(`create temporary table scale_plan as
      select g,
        case when h.kind_h < ${practiceCut} then 'practice'
             when h.kind_h < ${surveyCut} then 'survey-answer' else 'comment' end::input_kind as kind,
        h.pub_h < ${publishedCut} as published,
        case when g % 10 < 3 then 'fr' else 'en' end::language as language,
        1 + abs(hashint4(g * 13)) % ${orgCount} as org_idx,
        1 + abs(hashint4(g * 17)) % ${consultations} as consultation_idx,
        case when h.form_h < ${formCut} then abs(hashint4(g * 5)) % 200 else null end as campaign
      from generate_series(1, ${n}) g
      cross join lateral (select abs(hashint4(g)) % 10000 as kind_h,
        abs(hashint4(g * 3 + 1)) % 10000 as pub_h, abs(hashint4(g * 11 + 2)) % 10000 as form_h) h`);
    await exec(`insert into inputs (consultation_id, organization_id, kind, status, language,
        publication_consent, published_at, submitted_at, created_at, updated_at, author_user_id, import_key)
      select c.id, o.id, p.kind,
        case when p.kind = 'practice' and p.published then 'accepted'
          else (array['submitted','submitted','in-review','accepted','rejected','changes-requested','draft']::input_status[])[1 + (p.g / 3) % 7] end,
        p.language,
        case when p.kind = 'practice' and p.published then (array['attributed','attributed','anonymous']::publication_consent[])[1 + p.g % 3]
          else (array['attributed','anonymous','private']::publication_consent[])[1 + p.g % 3] end,
        case when p.kind = 'practice' and p.published then now() - make_interval(secs => (${n} - p.g) * 5) end,
        now() - make_interval(secs => (${n} - p.g) * 10),
        now() - make_interval(secs => (${n} - p.g) * 10 + 3600),
        now() - make_interval(secs => (${n} - p.g) * 10),
        u.id, 'scale-' || (${inputBase} + p.g)
      from scale_plan p
      join scale_orgs o on o.idx = p.org_idx
      join scale_users u on u.idx = p.org_idx * 2 - (p.g % 2)
      join scale_consultations c on c.idx = p.consultation_idx
      order by p.g`);
    // Drafts are never submitted nor published.
    await exec(`update inputs set submitted_at = null
      where id > ${inputBase} and import_key like 'scale-%' and status = 'draft'`);
    await exec(`drop table if exists scale_inputs`);
    await exec(`create temporary table scale_inputs as
      select p.*, i.id, i.status from scale_plan p
      join inputs i on i.import_key = 'scale-' || (${inputBase} + p.g)`);
    await exec(`alter table scale_inputs add primary key (g)`);
  });

  // --- Texts in the contributor's language; a form-letter copy is its campaign's text with
  // one word swapped and, one time in three, a personal sentence added. A published practice
  // also gets a translation one time in five.
  await step(log, "texts (search vectors computed by PostgreSQL)", async () => {
    const seed = `(case when s.campaign is null then s.g * 31 else s.campaign * 1000003 end)`;
    await exec(`insert into input_texts (input_id, language, title, summary, body, results_and_evidence)
      select s.id, s.language,
        initcap(w[1 + abs(hashint4(${seed})) % 50]) || ' ' || w[1 + abs(hashint4(${seed} + 7)) % 50]
          || ' ' || w[1 + abs(hashint4(${seed} + 11)) % 50],
        ${wordsSql("w", seed, 14, 17)} || '.',
        ${wordsSql("w", seed, 48, 13, "s.g")}
          || case when s.campaign is not null and s.g % 3 = 0
               then case when s.language = 'fr' then ' Notre organisation appuie cette demande.'
                         else ' Our organization supports this request.' end else '' end,
        case when s.kind = 'practice' then ${wordsSql("w", `s.g * 37`, 20, 19)} || '.' end
      from scale_inputs s
      cross join lateral (select case when s.language = 'fr' then ${fr} else ${en} end as w) x`);
    await exec(`insert into input_texts (input_id, language, title, summary, body)
      select s.id, case when s.language = 'fr' then 'en' else 'fr' end::language,
        initcap(w[1 + abs(hashint4(s.g * 41)) % 50]) || ' ' || w[1 + abs(hashint4(s.g * 43)) % 50],
        ${wordsSql("w", `s.g * 47`, 14, 23)} || '.', ${wordsSql("w", `s.g * 53`, 30, 29)}
      from scale_inputs s
      cross join lateral (select case when s.language = 'fr' then ${en} else ${fr} end as w) x
      where s.kind = 'practice' and s.published and s.g % 5 = 0`);
  });

  // --- Tags, practice details, versions.
  await step(log, "objectives, principles, practice details, versions", async () => {
    await exec(`insert into input_objectives (input_id, objective_id, source)
      select distinct s.id, o.ids[1 + abs(hashint4(s.g * 59 + k)) % array_length(o.ids, 1)], 'contributor'::tag_source
      from scale_inputs s
      join scale_consultations c on c.idx = s.consultation_idx
      cross join lateral (select array_agg(id order by number) as ids from objectives where framework_id = c.framework_id) o
      cross join generate_series(1, 1 + s.g % 3) k
      where s.kind <> 'survey-answer'`);
    await exec(`insert into input_principles (input_id, principle_id, source)
      select distinct s.id, p.ids[1 + abs(hashint4(s.g * 61 + k)) % array_length(p.ids, 1)], 'contributor'::tag_source
      from scale_inputs s
      join scale_consultations c on c.idx = s.consultation_idx
      cross join lateral (select array_agg(id order by position) as ids from principles where framework_id = c.framework_id) p
      cross join generate_series(1, 1 + s.g % 2) k
      where s.kind = 'practice' and array_length(p.ids, 1) > 0`);
    await exec(`insert into practice_details (input_id, thematic_cluster_id, partners, scope, regions,
        period_start, period_end, groups_served)
      select s.id, t.ids[1 + s.g % greatest(1, coalesce(array_length(t.ids, 1), 1))],
        array['Partner ' || (s.g % 997)],
        (array['national','provincial','provincial','municipal','international']::practice_scope[])[1 + s.g % 5],
        array[${jurisdictions}[1 + s.g % 13]],
        (2015 + s.g % 8)::text, (2019 + s.g % 6)::text,
        array[(array['refugees','women','youth','workers'])[1 + s.g % 4]]
      from scale_inputs s
      join scale_consultations c on c.idx = s.consultation_idx
      cross join lateral (select array_agg(id order by id) as ids from thematic_clusters where framework_id = c.framework_id) t
      where s.kind = 'practice'`);
    await exec(`insert into input_versions (input_id, version, snapshot, created_by, created_at)
      select s.id, 1, jsonb_build_object('language', t.language, 'title', t.title,
          'summary', t.summary, 'description', t.body, 'consent', i.publication_consent),
        i.author_user_id, i.submitted_at
      from scale_inputs s
      join inputs i on i.id = s.id
      join input_texts t on t.input_id = s.id and t.language = s.language
      where s.status <> 'draft'`);
  });

  // --- Survey answers: one open survey per consultation with enough long-text questions
  // for every organization's answers; each survey-answer input is one answer's text.
  await step(log, "surveys, responses and answers", async () => {
    const surveyInputs = Number(
      (await one(`select count(*)::int as n from scale_inputs where kind = 'survey-answer'`)).n,
    );
    if (surveyInputs === 0) return;
    await exec(`drop table if exists scale_answers`);
    await exec(`create temporary table scale_answers as
      select s.id as input_id, s.consultation_idx, s.org_idx, s.language,
        row_number() over (partition by s.consultation_idx, s.org_idx order by s.g)::int as position
      from scale_inputs s where s.kind = 'survey-answer'`);
    const perResponse = Number((await one(`select max(position)::int as n from scale_answers`)).n);
    await exec(`insert into surveys (consultation_id, title_en, title_fr, intro_en, intro_fr, opened_at, closes_at, created_by)
      select c.id, 'National questionnaire ${orgBase}', 'Questionnaire national ${orgBase}',
        'Tell us what works.', 'Dites-nous ce qui fonctionne.', now() - interval '60 days',
        now() + interval '60 days', ${author}
      from scale_consultations c`);
    await exec(`drop table if exists scale_surveys`);
    await exec(`create temporary table scale_surveys as
      select c.idx, max(s.id) as id from scale_consultations c join surveys s on s.consultation_id = c.id
      where s.title_en = 'National questionnaire ${orgBase}' group by c.idx`);
    await exec(`insert into survey_sections (survey_id, position, title_en, title_fr)
      select id, 1, 'Your experience', 'Votre expérience' from scale_surveys`);
    await exec(`insert into survey_questions (survey_id, section_id, position, kind, prompt_en, prompt_fr)
      select s.id, sec.id, q, 'long-text', 'Question ' || q || ': what works in your region?',
        'Question ' || q || ' : qu''est-ce qui fonctionne dans votre région ?'
      from scale_surveys s join survey_sections sec on sec.survey_id = s.id
      cross join generate_series(1, ${perResponse}) q`);
    await exec(`insert into survey_responses (survey_id, organization_id, status, language, created_by,
        updated_by, submitted_by, submitted_at)
      select sv.id, o.id, 'submitted', min(a.language), ${author}, ${author}, ${author}, now()
      from scale_answers a join scale_surveys sv on sv.idx = a.consultation_idx
      join scale_orgs o on o.idx = a.org_idx
      group by sv.id, o.id`);
    await exec(`insert into survey_answers (response_id, question_id, text_value, answered_by, input_id)
      select r.id, q.id, t.body, ${author}, a.input_id
      from scale_answers a
      join scale_surveys sv on sv.idx = a.consultation_idx
      join scale_orgs o on o.idx = a.org_idx
      join survey_responses r on r.survey_id = sv.id and r.organization_id = o.id
      join survey_questions q on q.survey_id = sv.id and q.position = a.position
      join input_texts t on t.input_id = a.input_id and t.language = a.language`);
  });

  await step(log, `rebuild ${indexRows.length} indexes`, async () => {
    await exec(`set maintenance_work_mem = '256MB'`);
    for (const row of indexRows) await exec(row.indexdef as string);
  });
  await step(log, "analyze", () => exec(`analyze`));

  const counts = await one(`select
      count(*)::int as inputs,
      count(*) filter (where kind = 'practice')::int as practices,
      count(*) filter (where kind = 'practice' and published)::int as published,
      count(*) filter (where kind = 'comment')::int as comments,
      count(*) filter (where kind = 'survey-answer')::int as survey,
      count(*) filter (where campaign is not null)::int as copies
    from scale_inputs`);
  for (const table of ["scale_answers", "scale_inputs", "scale_plan", "scale_surveys"])
    await exec(`drop table if exists ${table}`);
  return {
    inputs: Number(counts.inputs),
    organizations: orgCount,
    users: userCount,
    consultations,
    practices: Number(counts.practices),
    publishedPractices: Number(counts.published),
    comments: Number(counts.comments),
    surveyAnswers: Number(counts.survey),
    formLetterCopies: Number(counts.copies),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}
