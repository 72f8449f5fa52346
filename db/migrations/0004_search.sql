-- Full-text search in English and French with accents ignored ("regional" finds "régional",
-- "francais" finds "français"), stemming kept. Both engines ship unaccent (PGlite loads it as a
-- contrib module, see db/client.ts). The search column is written by PostgreSQL itself.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
DO $$ BEGIN
  CREATE TEXT SEARCH CONFIGURATION rt_english (COPY = english);
EXCEPTION WHEN unique_violation THEN NULL;
END $$;
--> statement-breakpoint
DO $$ BEGIN
  CREATE TEXT SEARCH CONFIGURATION rt_french (COPY = french);
EXCEPTION WHEN unique_violation THEN NULL;
END $$;
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION rt_english ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION rt_french ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
--> statement-breakpoint
ALTER TABLE input_texts ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(CASE WHEN language = 'fr' THEN 'rt_french'::regconfig ELSE 'rt_english'::regconfig END, coalesce(title, '')), 'A') ||
  setweight(to_tsvector(CASE WHEN language = 'fr' THEN 'rt_french'::regconfig ELSE 'rt_english'::regconfig END,
    coalesce(summary, '') || ' ' || coalesce(body, '') || ' ' || coalesce(results_and_evidence, '') || ' ' || coalesce(lessons_learned, '')), 'B')
) STORED;
--> statement-breakpoint
CREATE INDEX input_texts_search_idx ON input_texts USING gin (search);
