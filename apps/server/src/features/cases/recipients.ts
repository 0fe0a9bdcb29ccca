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

/** A clock event the sweep recorded, with the facts of its case that decide who hears of it. */
export type ClockEventFacts = {
  eventId: string;
  caseId: string;
  kind: 'reminder' | 'overdue' | 'escalation';
  action: string | null;
  regionPath: string;
  sectorCode: string | null;
  ownerUnit: string | null;
  ownerAccountId: string | null;
  supervisorUnit: string | null;
};

const placeKey = (action: string, regionPath: string, sectorCode: string) =>
  `${action}\u0000${regionPath}\u0000${sectorCode}`;

/**
 * The leaders and safety offices who hear of escalations at each place (region path, sector), for a few hundred
 * distinct places rather than per case: `notify_leader` → the nearest in-charge leaders of the sector or its parent
 * sector on the region's chain, else the nearest 包联 leaders; `propose_listed_supervision` → the safety offices of
 * the county and the city on the chain. Active accounts with region scope only.
 */
async function placeRecipients(
  tx: Db | Tx,
  places: Array<{ action: string; regionPath: string; sectorCode: string }>,
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (places.length === 0) return result;
  const { rows } = await tx.execute<{
    action: string;
    region_path: string;
    sector_code: string;
    account_id: string;
  }>(sql`
    with places as (
      select * from unnest(${sql.param(places.map((p) => p.action))}::text[],
                           ${sql.param(places.map((p) => p.regionPath))}::text[],
                           ${sql.param(places.map((p) => p.sectorCode))}::text[]) as p(action, region_path, sector_code)
    ),
    chain as (
      select p.action, p.region_path, p.sector_code, c.code, c.depth
        from places p
        cross join lateral unnest(string_to_array(trim(both '/' from p.region_path), '/'))
              with ordinality as c(code, depth)
    ),
    in_charge as (
      select ch.action, ch.region_path, ch.sector_code, a.id as account_id,
             rank() over (partition by ch.region_path, ch.sector_code order by ch.depth desc) as nearest
        from chain ch
        join accounts a on a.scope_region_code = ch.code
        join leader_assignments la on la.account_id = a.id
        left join sectors s on s.code = ch.sector_code
       where ch.action = 'notify_leader' and a.scope_kind = 'region' and 'leader' = any(a.roles)
         and a.status = 'active' and la.kind = 'sector' and la.relation = 'in_charge'
         and (la.ref = ch.sector_code or la.ref = s.parent_code)
    ),
    liaison as (
      select ch.action, ch.region_path, ch.sector_code, a.id as account_id,
             rank() over (partition by ch.region_path, ch.sector_code order by ch.depth desc) as nearest
        from chain ch
        join leader_assignments la on la.ref = ch.code
        join accounts a on a.id = la.account_id
       where ch.action = 'notify_leader' and la.kind = 'region' and la.relation = 'liaison'
         and 'leader' = any(a.roles) and a.status = 'active'
         and not exists (select 1 from in_charge i
                          where i.region_path = ch.region_path and i.sector_code = ch.sector_code)
    )
    select action, region_path, sector_code, account_id::text as account_id from in_charge where nearest = 1
    union
    select action, region_path, sector_code, account_id::text from liaison where nearest = 1
    union
    select ch.action, ch.region_path, ch.sector_code, a.id::text
      from chain ch
      join regions r on r.code = ch.code and r.level in ('county', 'city')
      join accounts a on a.scope_region_code = r.code
     where ch.action = 'propose_listed_supervision' and a.scope_kind = 'region' and 'safety_office' = any(a.roles)
       and a.status = 'active'`);
  for (const row of rows) {
    const key = placeKey(row.action, row.region_path, row.sector_code);
    const ids = result.get(key) ?? [];
    ids.push(row.account_id);
    result.set(key, ids);
  }
  return result;
}

/**
 * The people each clock event notifies, active accounts only, each (event, account) once:
 * - reminder: the owner person (cases.owner_account_id), else (none, or no longer active) the owner unit's accounts;
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
 * Three statements whatever the number of events, each over distinct keys (units, places, the cases' people), and
 * the assembly per event in memory: ten thousand events cost what a few hundred units and places cost, and no plan
 * can turn into a loop per event.
 */
export async function clockEventRecipients(
  tx: Db | Tx,
  events: ClockEventFacts[],
): Promise<Array<{ eventId: string; accountId: string }>> {
  if (events.length === 0) return [];
  const ownerNotified = (e: ClockEventFacts) => e.kind === 'reminder' || e.kind === 'overdue';
  const supervisorNotified = (e: ClockEventFacts) => e.kind === 'overdue' || e.action === 'notify_supervisor';
  const watched = (e: ClockEventFacts) => e.kind !== 'reminder';
  const placed = (e: ClockEventFacts) => e.action === 'notify_leader' || e.action === 'propose_listed_supervision';
  const sectorOf = (e: ClockEventFacts) => (e.action === 'notify_leader' ? (e.sectorCode ?? '') : '');

  const owners = [
    ...new Set(events.filter(ownerNotified).flatMap((e) => (e.ownerAccountId ? [e.ownerAccountId] : []))),
  ];
  const watchedCases = [...new Set(events.filter(watched).map((e) => e.caseId))];
  const { rows: persons } = await tx.execute<{ case_id: string | null; account_id: string }>(sql`
    select null::text as case_id, a.id::text as account_id
      from accounts a where a.id = any(${sql.param(owners)}::uuid[]) and a.status = 'active'
    union all
    select w.case_id::text, w.account_id::text
      from unnest(${sql.param(watchedCases)}::uuid[]) as c(id)
      join case_watchers w on w.case_id = c.id
      join accounts a on a.id = w.account_id and a.status = 'active'`);
  const activeOwners = new Set(persons.filter((p) => p.case_id === null).map((p) => p.account_id));
  const watchers = new Map<string, string[]>();
  for (const p of persons) {
    if (p.case_id !== null) watchers.set(p.case_id, [...(watchers.get(p.case_id) ?? []), p.account_id]);
  }
  const ownerPerson = (e: ClockEventFacts) =>
    e.ownerAccountId && activeOwners.has(e.ownerAccountId) ? e.ownerAccountId : undefined;

  const units = await accountsOfUnits(
    tx,
    events.flatMap((e) => [
      ...(ownerNotified(e) && !ownerPerson(e) && e.ownerUnit ? [e.ownerUnit] : []),
      ...(supervisorNotified(e) && e.supervisorUnit ? [e.supervisorUnit] : []),
    ]),
  );
  const places = new Map<string, { action: string; regionPath: string; sectorCode: string }>();
  for (const e of events.filter(placed)) {
    const place = { action: e.action!, regionPath: e.regionPath, sectorCode: sectorOf(e) };
    places.set(placeKey(place.action, place.regionPath, place.sectorCode), place);
  }
  const atPlaces = await placeRecipients(tx, [...places.values()]);

  const result: Array<{ eventId: string; accountId: string }> = [];
  for (const e of events) {
    const ids = new Set<string>();
    const add = (list: readonly string[] | undefined) => {
      for (const id of list ?? []) ids.add(id);
    };
    if (ownerNotified(e)) {
      const person = ownerPerson(e);
      if (person) ids.add(person);
      else if (e.ownerUnit) add(units.get(e.ownerUnit));
    }
    if (supervisorNotified(e) && e.supervisorUnit) add(units.get(e.supervisorUnit));
    if (placed(e)) add(atPlaces.get(placeKey(e.action!, e.regionPath, sectorOf(e))));
    if (watched(e)) add(watchers.get(e.caseId));
    for (const accountId of ids) result.push({ eventId: e.eventId, accountId });
  }
  return result;
}
