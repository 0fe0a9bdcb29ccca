import type pg from 'pg';

/**
 * Every write-off on the timeline with the next one's time, how many the case has, and whether its rectification
 * was completed on time (the rule of hazard_write_offs in migration 0008, over all cases at once: the array that
 * function takes is for the handful of cases one statement touches).
 */
const ALL_WRITE_OFFS = `
  select w.case_id, w.at, lead(w.at) over (partition by w.case_id order by w.at, w.id) as next_at,
         (count(*) over (partition by w.case_id))::int as n,
         case when comp.completed_at is null then false
              when comp.deadline is null then true
              else comp.completed_at <= comp.deadline end as on_time
    from case_events w
    left join lateral (
      select c2.at as completed_at, (c2.data->>'previousDeadline')::timestamptz as deadline
        from case_events c2
       where c2.case_id = w.case_id and c2.cycle = w.cycle and c2.kind = 'transition'
         and c2.to_state = 'awaiting_verification' and c2.id < w.id
       order by c2.id desc limit 1) comp on true
   where w.kind = 'transition' and w.to_state = 'written_off'`;

/**
 * Rebuilds, from `cases` and `case_events`, everything the triggers of migrations 0004 and 0008 keep: the write-off
 * facts on `cases`, hazard_write_off_pairs, case_region_counts and hazard_stat_cells. For a bulk load that ran with
 * those triggers disabled (the province-scale benchmark's generator): one set-based pass each instead of a trigger
 * per COPY statement. Right with the triggers enabled too (it replaces what they did); disabled, they do not do the
 * work twice. Takes one connection (it keeps a temporary table between statements); analyse the tables after a
 * bulk load first, the plans depend on it.
 */
export async function rebuildCaseDerived(db: pg.ClientBase): Promise<void> {
  await db.query('drop table if exists rebuilt_write_offs');
  await db.query(`create temporary table rebuilt_write_offs as ${ALL_WRITE_OFFS}`);
  await db.query(`update cases c set write_offs = f.n, written_off_at = f.at, written_off_on_time = f.on_time
    from rebuilt_write_offs f
    where c.id = f.case_id and f.next_at is null
      and (c.write_offs, c.written_off_at, c.written_off_on_time) is distinct from (f.n, f.at, f.on_time)`);
  await db.query('delete from hazard_write_off_pairs');
  await db.query(`insert into hazard_write_off_pairs (case_id, at, next_at, on_time)
    select case_id, at, next_at, on_time from rebuilt_write_offs where next_at is not null`);
  await db.query('drop table rebuilt_write_offs');
  await db.query('delete from case_region_counts');
  await db.query(`insert into case_region_counts (type, region_code, region_path, state, level, n)
    select type, region_code, min(region_path), state, coalesce(level, ''), count(*)
      from cases group by type, region_code, state, coalesce(level, '')`);
  await db.query('delete from hazard_stat_cells');
  await db.query(`insert into hazard_stat_cells
    select x.region_code, min(x.parent_code), x.kind, x.day, sum(x.reported), sum(x.found), sum(x.found_rectified),
           sum(x.funds_planned), sum(x.funds_spent), sum(x.rectified), sum(x.on_time), sum(x.open),
           sum(x.major_open), sum(x.major_listed)
      from cases n cross join lateral hazard_stat_deltas(1, n) x
     group by x.region_code, x.kind, x.day`);
}
