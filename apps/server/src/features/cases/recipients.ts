import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';

/**
 * Who a case's unit keys stand for, as SQL (one place, used by `accountsOfUnits` and the sweep's fan-out). `source`
 * is a relation with columns `k` (carried through) and `unit` (a unit key); the result has columns `k` and
 * `account_id`, active accounts only:
 * - `region:<code>`: that region's safety office: region-scoped accounts of the region with a role among
 *   town_officer, safety_office and inspector that act for no department;
 * - `department:<uuid>`: the accounts acting for that department (accounts.department_id);
 * - `enterprise:<uuid>`: the enterprise's own accounts (scope kind enterprise);
 * - `grid:<code>`: the accounts whose grids scope lists the grid.
 * Each kind is an equality join (hash joins over the accounts table), so ten thousand units cost one pass, not ten
 * thousand lookups; unknown or malformed keys match nobody.
 */
export function unitMembersSql(source: SQL): SQL {
  return sql`
    select u.k, a.id as account_id
      from ${source} u
      join accounts a on a.scope_region_code = substr(u.unit, 8)
     where left(u.unit, 7) = 'region:' and a.scope_kind = 'region' and a.department_id is null
       and a.roles && array['town_officer', 'safety_office', 'inspector']::text[] and a.status = 'active'
    union all
    select u.k, a.id
      from ${source} u
      join accounts a on a.department_id::text = substr(u.unit, 12)
     where left(u.unit, 11) = 'department:' and a.status = 'active'
    union all
    select u.k, a.id
      from ${source} u
      join accounts a on a.scope_enterprise_id::text = substr(u.unit, 12)
     where left(u.unit, 11) = 'enterprise:' and a.scope_kind = 'enterprise' and a.status = 'active'
    union all
    select u.k, g.account_id
      from ${source} u
      join (select a.id as account_id, code
              from accounts a cross join lateral unnest(a.scope_grid_codes) as code
             where a.scope_kind = 'grids' and a.status = 'active') g on g.code = substr(u.unit, 6)
     where left(u.unit, 5) = 'grid:'`;
}

/** The active accounts of each unit key (`region:…`, `department:…`, `enterprise:…`, `grid:…`); every key is in the map. */
export async function accountsOfUnits(tx: Db | Tx, unitKeys: string[]): Promise<Map<string, string[]>> {
  const keys = [...new Set(unitKeys)];
  const result = new Map<string, string[]>(keys.map((k) => [k, []]));
  if (keys.length === 0) return result;
  const source = sql`(select k, k as unit from unnest(${sql.param(keys)}::text[]) as k)`;
  const { rows } = await tx.execute<{ k: string; account_id: string }>(
    sql`select distinct m.k, m.account_id::text as account_id from (${unitMembersSql(source)}) m`,
  );
  for (const row of rows) result.get(row.k)?.push(row.account_id);
  for (const ids of result.values()) ids.sort();
  return result;
}

/** A clock event the sweep recorded, as the fan-out needs it. */
export type ClockEventRef = {
  eventId: string;
  caseId: string;
  kind: 'reminder' | 'overdue' | 'escalation';
  action: string | null;
};

/**
 * The people each clock event notifies, resolved for all events in ONE statement (joins on units, assignments and
 * regions, no query per case), active accounts only, each (event, account) once:
 * - reminder: the owner person (cases.owner_account_id), else the accounts of the owner unit;
 * - overdue: the owner as above, the supervising unit's accounts, and the watchers (case_watchers);
 * - escalation `notify_supervisor`: the supervising unit's accounts;
 * - escalation `notify_leader`: the leaders (role leader, region scope) with an in-charge (分管) assignment for the
 *   case's sector (or its parent sector: 工贸 covers 冶金) whose scope region is the case's region or one above it,
 *   at the nearest such level only. When no leader is in charge of the sector on the case's chain (or the case has
 *   no sector), the leaders with a region liaison (包联) assignment on the case's region or one above it, again at
 *   the nearest such level only;
 * - escalation `propose_listed_supervision`: the accounts with role safety_office scoped to the case's county or to
 *   the city above it (they decide on 挂牌督办);
 * - every escalation also notifies the watchers.
 */
export async function clockEventRecipients(
  tx: Db | Tx,
  events: ClockEventRef[],
): Promise<Array<{ eventId: string; accountId: string }>> {
  if (events.length === 0) return [];
  const units = sql`unit_targets`;
  const { rows } = await tx.execute<{ event_id: string; account_id: string }>(sql`
    with ev as (
      select u.event_id, u.kind, u.action, c.id as case_id, c.owner_unit, c.owner_account_id, c.supervisor_unit,
             c.region_path, c.sector_code
        from unnest(${sql.param(events.map((e) => e.eventId))}::bigint[],
                    ${sql.param(events.map((e) => e.caseId))}::uuid[],
                    ${sql.param(events.map((e) => e.kind))}::text[],
                    ${sql.param(events.map((e) => e.action))}::text[]) as u(event_id, case_id, kind, action)
        join cases c on c.id = u.case_id
    ),
    unit_targets as (
      select event_id as k, owner_unit as unit from ev
       where kind in ('reminder', 'overdue') and owner_account_id is null and owner_unit is not null
      union all
      select event_id, supervisor_unit from ev
       where supervisor_unit is not null and (kind = 'overdue' or action = 'notify_supervisor')
    ),
    chain as (
      select ev.event_id, ev.action, ev.sector_code, p.code, p.depth
        from ev
        cross join lateral unnest(string_to_array(trim(both '/' from ev.region_path), '/'))
              with ordinality as p(code, depth)
       where ev.action in ('notify_leader', 'propose_listed_supervision')
    ),
    in_charge as (
      select ch.event_id, a.id as account_id, rank() over (partition by ch.event_id order by ch.depth desc) as nearest
        from chain ch
        join accounts a on a.scope_region_code = ch.code
        join leader_assignments la on la.account_id = a.id
        left join sectors s on s.code = ch.sector_code
       where ch.action = 'notify_leader' and a.scope_kind = 'region' and 'leader' = any(a.roles)
         and a.status = 'active' and la.kind = 'sector' and la.relation = 'in_charge'
         and (la.ref = ch.sector_code or la.ref = s.parent_code)
    ),
    liaison as (
      select ch.event_id, a.id as account_id, rank() over (partition by ch.event_id order by ch.depth desc) as nearest
        from chain ch
        join leader_assignments la on la.ref = ch.code
        join accounts a on a.id = la.account_id
       where ch.action = 'notify_leader' and la.kind = 'region' and la.relation = 'liaison'
         and 'leader' = any(a.roles) and a.status = 'active'
         and not exists (select 1 from in_charge i where i.event_id = ch.event_id)
    ),
    recipients as (
      select event_id, owner_account_id as account_id from ev
       where kind in ('reminder', 'overdue') and owner_account_id is not null
      union all
      select ev.event_id, w.account_id from ev join case_watchers w on w.case_id = ev.case_id
       where ev.kind in ('overdue', 'escalation')
      union all
      select m.k, m.account_id from (${unitMembersSql(units)}) m
      union all
      select event_id, account_id from in_charge where nearest = 1
      union all
      select event_id, account_id from liaison where nearest = 1
      union all
      select ch.event_id, a.id
        from chain ch
        join regions r on r.code = ch.code and r.level in ('county', 'city')
        join accounts a on a.scope_region_code = r.code
       where ch.action = 'propose_listed_supervision' and a.scope_kind = 'region' and 'safety_office' = any(a.roles)
    )
    select distinct r.event_id::text as event_id, r.account_id::text as account_id
      from recipients r
      join accounts a on a.id = r.account_id and a.status = 'active'`);
  return rows.map((r) => ({ eventId: r.event_id, accountId: r.account_id }));
}
