-- Appends audit entries to the chain in one round trip (issue 7). The chain's transaction lock serialises every
-- write of the system from its audit entries to its commit; with audit_chain_head (0008) that was two round trips
-- (the head, then the insert) before the commit, now one. Each entry's hash is SHA-256 of
-- prev_hash, a newline and the entry's canonical JSON, exactly as computeAuditHash; the caller sends that JSON cut
-- around the id (heads[i] ends just before it, tails[i] follows it), since the id is drawn here, under the lock, so
-- that ids follow the chain's order. `redline audit verify` recomputes every hash in Node: the two must agree.
CREATE FUNCTION audit_append(ats timestamptz[], actor_ids uuid[], actions text[], entities text[], entity_ids text[],
                             diffs jsonb[], request_ids text[], heads text[], tails text[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  prev text;
  next_id bigint;
  next_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(7144250002);
  prev := coalesce((SELECT a.hash FROM audit_log a ORDER BY a.id DESC LIMIT 1), repeat('0', 64));
  FOR i IN 1 .. coalesce(array_length(heads, 1), 0) LOOP
    next_id := nextval(pg_get_serial_sequence('audit_log', 'id'));
    next_hash := encode(sha256(convert_to(prev || E'\n' || heads[i] || next_id::text || tails[i], 'UTF8')), 'hex');
    INSERT INTO audit_log (id, at, actor_id, action, entity, entity_id, diff, request_id, prev_hash, hash)
      VALUES (next_id, ats[i], actor_ids[i], actions[i], entities[i], entity_ids[i], diffs[i], request_ids[i], prev,
              next_hash);
    prev := next_hash;
  END LOOP;
END;
$$;
--> statement-breakpoint
DROP FUNCTION audit_chain_head(int);
