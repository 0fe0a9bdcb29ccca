import type pg from 'pg';

/**
 * Rebuilds, from `cases` and `case_events`, everything the triggers of migrations 0004 and 0008 keep: the write-off
 * facts on `cases`, hazard_write_off_pairs, case_region_counts and hazard_stat_cells. For a bulk load that ran with
 * those triggers disabled (the province-scale benchmark's generator): one set-based pass each instead of a trigger
 * per COPY statement. Right with the triggers enabled too (it replaces what they did); disabled, they do not do the
 * work twice.
 */
export async function rebuildCaseDerived(client: pg.ClientBase | pg.Pool): Promise<void> {
  const written = `array(select distinct case_id from case_events where kind = 'transition' and to_state = 'written_off')`;
  await client.query(`update cases c set write_offs = f.n, written_off_at = f.at, written_off_on_time = f.on_time
    from hazard_write_offs(${written}) f
    where c.id = f.case_id and f.next_at is null
      and (c.write_offs, c.written_off_at, c.written_off_on_time) is distinct from (f.n, f.at, f.on_time)`);
  await client.query('delete from hazard_write_off_pairs');
  await client.query(`insert into hazard_write_off_pairs (case_id, at, next_at, on_time)
    select f.case_id, f.at, f.next_at, f.on_time from hazard_write_offs(${written}) f where f.next_at is not null`);
  await client.query('delete from case_region_counts');
  await client.query(`insert into case_region_counts (type, region_code, region_path, state, level, n)
    select type, region_code, min(region_path), state, coalesce(level, ''), count(*)
      from cases group by type, region_code, state, coalesce(level, '')`);
  await client.query('delete from hazard_stat_cells');
  await client.query(`insert into hazard_stat_cells
    select x.region_code, min(x.parent_code), x.kind, x.day, sum(x.reported), sum(x.found), sum(x.found_rectified),
           sum(x.funds_planned), sum(x.funds_spent), sum(x.rectified), sum(x.on_time), sum(x.open),
           sum(x.major_open), sum(x.major_listed)
      from cases n cross join lateral hazard_stat_deltas(1, n) x
     group by x.region_code, x.kind, x.day`);
}
