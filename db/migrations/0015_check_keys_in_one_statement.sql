-- The per-submit near-duplicate check's locks, store and lookup in one statement
-- (docs/decisions/026-near-duplicate-check-in-one-statement.md). A VOLATILE function takes a
-- new snapshot for each statement it runs: the lookup sees the submits that held one of the
-- band keys and committed while this one waited for its lock.
CREATE OR REPLACE FUNCTION lock_store_similarity_keys(
  p_input_id integer, p_consultation_id integer, p_keys integer[], p_limit integer
) RETURNS SETOF integer LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  -- one transaction-level advisory lock per band key of the consultation, ascending
  PERFORM pg_advisory_xact_lock(ordered.lock_id) FROM (
    SELECT DISTINCT (p_consultation_id::bigint << 32) | (k::bigint & 4294967295) AS lock_id
    FROM unnest(p_keys) AS k ORDER BY lock_id) ordered;
  INSERT INTO input_similarity_keys (input_id, consultation_id, keys)
  VALUES (p_input_id, p_consultation_id, p_keys)
  ON CONFLICT (input_id) DO UPDATE
    SET keys = excluded.keys, consultation_id = excluded.consultation_id;
  -- the GIN index's matches gathered before the limit (decision 017)
  RETURN QUERY
    WITH matched AS MATERIALIZED (
      SELECT s.input_id FROM input_similarity_keys s
      WHERE s.keys && p_keys AND s.consultation_id = p_consultation_id)
    SELECT m.input_id FROM matched m WHERE m.input_id <> p_input_id
    ORDER BY m.input_id LIMIT p_limit;
END $$;
