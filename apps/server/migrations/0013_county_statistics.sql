-- Statistics on a case's county (the third segment of its region path), which a county's hazard list says as an
-- equality (hazardsUnder). The county list indexes (0009) are partial, and PostgreSQL does not use a partial index's
-- expression statistics for estimates: it assumed 0.5 % of the cases for any county, 39 rows where a county held
-- 1,925, and sorted a bitmap scan instead of reading the index in order. An expression statistics object gives the
-- planner the county's real share. ANALYZE fills it now (a sample, seconds even at ten million cases); autovacuum
-- keeps it.
CREATE STATISTICS IF NOT EXISTS cases_county_stats ON (split_part(region_path, '/', 4)) FROM cases;
--> statement-breakpoint
ANALYZE cases;
