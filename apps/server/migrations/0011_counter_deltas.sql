ALTER TABLE "case_region_counts" DROP CONSTRAINT "case_region_counts_type_region_code_state_level_pk";--> statement-breakpoint
ALTER TABLE "hazard_stat_cells" DROP CONSTRAINT "hazard_stat_cells_region_code_kind_day_pk";--> statement-breakpoint
ALTER TABLE "case_region_counts" ADD COLUMN "pending" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "hazard_stat_cells" ADD COLUMN "pending" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "case_region_counts_settled_key" ON "case_region_counts" USING btree ("type","region_code","state","level") WHERE not "case_region_counts"."pending";--> statement-breakpoint
CREATE INDEX "case_region_counts_pending_idx" ON "case_region_counts" USING btree ("pending") WHERE "case_region_counts"."pending";--> statement-breakpoint
CREATE UNIQUE INDEX "hazard_stat_cells_settled_key" ON "hazard_stat_cells" USING btree ("region_code","kind","day") WHERE not "hazard_stat_cells"."pending";--> statement-breakpoint
CREATE INDEX "hazard_stat_cells_region_idx" ON "hazard_stat_cells" USING btree ("region_code","kind","day");--> statement-breakpoint
CREATE INDEX "hazard_stat_cells_pending_idx" ON "hazard_stat_cells" USING btree ("pending") WHERE "hazard_stat_cells"."pending";--> statement-breakpoint
-- Counters without shared rows on the write path (issue 7). The triggers of 0004 and 0008 added each write's
-- deltas to one row per (region, …) with an upsert, which locks that row until the writer commits: every report of a
-- province queued behind the one before it for the rest of its transaction (the province's cell of the day is on
-- every report's path). Now a trigger appends its net deltas as new `pending` rows, which lock nothing anyone else
-- writes; readers already sum rows, so a pending row counts at once. foldCounterDeltas (the scheduler, each tick)
-- folds the pending rows into the settled ones, one row per key, and drops settled rows that reached zero.
CREATE OR REPLACE FUNCTION hazard_stat_cells_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO hazard_stat_cells (region_code, parent_code, kind, day, reported, found, found_rectified,
                                   funds_planned, funds_spent, rectified, on_time, open, major_open, major_listed,
                                   pending)
      SELECT x.region_code, min(x.parent_code), x.kind, x.day, sum(x.reported), sum(x.found), sum(x.found_rectified),
             sum(x.funds_planned), sum(x.funds_spent), sum(x.rectified), sum(x.on_time), sum(x.open),
             sum(x.major_open), sum(x.major_listed), true
        FROM new_rows n CROSS JOIN LATERAL hazard_stat_deltas(1, n) x
       GROUP BY x.region_code, x.kind, x.day;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO hazard_stat_cells (region_code, parent_code, kind, day, reported, found, found_rectified,
                                   funds_planned, funds_spent, rectified, on_time, open, major_open, major_listed,
                                   pending)
      SELECT x.region_code, min(x.parent_code), x.kind, x.day, sum(x.reported), sum(x.found), sum(x.found_rectified),
             sum(x.funds_planned), sum(x.funds_spent), sum(x.rectified), sum(x.on_time), sum(x.open),
             sum(x.major_open), sum(x.major_listed), true
        FROM old_rows o CROSS JOIN LATERAL hazard_stat_deltas(-1, o) x
       GROUP BY x.region_code, x.kind, x.day;
  ELSE
    INSERT INTO hazard_stat_cells (region_code, parent_code, kind, day, reported, found, found_rectified,
                                   funds_planned, funds_spent, rectified, on_time, open, major_open, major_listed,
                                   pending)
      SELECT x.region_code, min(x.parent_code), x.kind, x.day, sum(x.reported), sum(x.found), sum(x.found_rectified),
             sum(x.funds_planned), sum(x.funds_spent), sum(x.rectified), sum(x.on_time), sum(x.open),
             sum(x.major_open), sum(x.major_listed), true
        FROM (SELECT x.* FROM old_rows o CROSS JOIN LATERAL hazard_stat_deltas(-1, o) x
              UNION ALL
              SELECT x.* FROM new_rows n CROSS JOIN LATERAL hazard_stat_deltas(1, n) x) x
       GROUP BY x.region_code, x.kind, x.day
      HAVING sum(x.reported) <> 0 OR sum(x.found) <> 0 OR sum(x.found_rectified) <> 0 OR sum(x.funds_planned) <> 0
          OR sum(x.funds_spent) <> 0 OR sum(x.rectified) <> 0 OR sum(x.on_time) <> 0 OR sum(x.open) <> 0
          OR sum(x.major_open) <> 0 OR sum(x.major_listed) <> 0;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION case_region_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO case_region_counts (type, region_code, region_path, state, level, n, pending)
      SELECT type, region_code, min(region_path), state, coalesce(level, ''), count(*), true
        FROM new_rows GROUP BY type, region_code, state, coalesce(level, '');
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO case_region_counts (type, region_code, region_path, state, level, n, pending)
      SELECT type, region_code, min(region_path), state, coalesce(level, ''), -count(*), true
        FROM old_rows GROUP BY type, region_code, state, coalesce(level, '');
  ELSE
    INSERT INTO case_region_counts (type, region_code, region_path, state, level, n, pending)
      SELECT type, region_code, min(region_path), state, level, sum(d), true
        FROM (SELECT type, region_code, region_path, state, coalesce(level, '') AS level, -1 AS d FROM old_rows
              UNION ALL
              SELECT type, region_code, region_path, state, coalesce(level, '') AS level, 1 AS d FROM new_rows) x
       GROUP BY type, region_code, state, level
      HAVING sum(d) <> 0;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Folds the pending deltas of both counter tables into their settled rows, in one statement per table (a reader sees
-- the rows before or after, never both) and in key order; a settled row that reached zero goes, as if counted afresh.
-- One fold at a time (an advisory lock; a second caller folds nothing). Answers the pending rows folded.
CREATE OR REPLACE FUNCTION fold_counter_deltas() RETURNS bigint LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  cells bigint;
  counts bigint;
  zr text[];
  zk text[];
  zd date[];
  zt text[];
  zs text[];
  zl text[];
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext('redline.fold_counter_deltas')) THEN
    RETURN 0;
  END IF;
  WITH moved AS (DELETE FROM hazard_stat_cells WHERE pending RETURNING *),
  net AS (
    SELECT region_code, min(parent_code) AS parent_code, kind, day, sum(reported) AS reported, sum(found) AS found,
           sum(found_rectified) AS found_rectified, sum(funds_planned) AS funds_planned,
           sum(funds_spent) AS funds_spent, sum(rectified) AS rectified, sum(on_time) AS on_time, sum(open) AS open,
           sum(major_open) AS major_open, sum(major_listed) AS major_listed, count(*) AS deltas
      FROM moved GROUP BY region_code, kind, day),
  settled AS (
    INSERT INTO hazard_stat_cells AS c (region_code, parent_code, kind, day, reported, found, found_rectified,
                                        funds_planned, funds_spent, rectified, on_time, open, major_open,
                                        major_listed, pending)
      SELECT region_code, parent_code, kind, day, reported, found, found_rectified, funds_planned, funds_spent,
             rectified, on_time, open, major_open, major_listed, false
        FROM net ORDER BY region_code, kind, day
    ON CONFLICT (region_code, kind, day) WHERE NOT pending DO UPDATE SET
      reported = c.reported + EXCLUDED.reported, found = c.found + EXCLUDED.found,
      found_rectified = c.found_rectified + EXCLUDED.found_rectified,
      funds_planned = c.funds_planned + EXCLUDED.funds_planned, funds_spent = c.funds_spent + EXCLUDED.funds_spent,
      rectified = c.rectified + EXCLUDED.rectified, on_time = c.on_time + EXCLUDED.on_time,
      open = c.open + EXCLUDED.open, major_open = c.major_open + EXCLUDED.major_open,
      major_listed = c.major_listed + EXCLUDED.major_listed
    RETURNING c.region_code, c.kind, c.day,
              (c.reported = 0 AND c.found = 0 AND c.found_rectified = 0 AND c.funds_planned = 0 AND c.funds_spent = 0
               AND c.rectified = 0 AND c.on_time = 0 AND c.open = 0 AND c.major_open = 0
               AND c.major_listed = 0) AS empty)
  SELECT (SELECT coalesce(sum(deltas), 0) FROM net), array_agg(region_code) FILTER (WHERE empty),
         array_agg(kind) FILTER (WHERE empty), array_agg(day) FILTER (WHERE empty)
    INTO cells, zr, zk, zd FROM settled;
  DELETE FROM hazard_stat_cells c USING unnest(zr, zk, zd) AS z(region_code, kind, day)
   WHERE NOT c.pending AND c.region_code = z.region_code AND c.kind = z.kind AND c.day = z.day
     AND c.reported = 0 AND c.found = 0 AND c.found_rectified = 0 AND c.funds_planned = 0 AND c.funds_spent = 0
     AND c.rectified = 0 AND c.on_time = 0 AND c.open = 0 AND c.major_open = 0 AND c.major_listed = 0;
  WITH moved AS (DELETE FROM case_region_counts WHERE pending RETURNING *),
  net AS (
    SELECT type, region_code, min(region_path) AS region_path, state, level, sum(n) AS n, count(*) AS deltas
      FROM moved GROUP BY type, region_code, state, level),
  settled AS (
    INSERT INTO case_region_counts AS c (type, region_code, region_path, state, level, n, pending)
      SELECT type, region_code, region_path, state, level, n, false
        FROM net ORDER BY type, region_code, state, level
    ON CONFLICT (type, region_code, state, level) WHERE NOT pending DO UPDATE SET n = c.n + EXCLUDED.n
    RETURNING c.type, c.region_code, c.state, c.level, c.n = 0 AS empty)
  SELECT (SELECT coalesce(sum(deltas), 0) FROM net), array_agg(type) FILTER (WHERE empty),
         array_agg(region_code) FILTER (WHERE empty), array_agg(state) FILTER (WHERE empty),
         array_agg(level) FILTER (WHERE empty)
    INTO counts, zt, zr, zs, zl FROM settled;
  DELETE FROM case_region_counts c USING unnest(zt, zr, zs, zl) AS z(type, region_code, state, level)
   WHERE NOT c.pending AND c.type = z.type AND c.region_code = z.region_code AND c.state = z.state
     AND c.level = z.level AND c.n = 0;
  RETURN cells + counts;
END;
$$;
