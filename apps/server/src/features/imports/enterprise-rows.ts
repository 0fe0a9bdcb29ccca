import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { checkEnterprisePlace, isEnterpriseInScope, type PlaceLookup } from '../enterprises/place';
import { findGridRefs, findRegionRefs, loadSectors } from '../enterprises/repo';
import { enterprises } from '../enterprises/schema';
import { toEnterpriseValues, type ValidatedEnterprise } from '../enterprises/values';
import type { Actor } from '../scope/actor';
import { type ParsedEnterpriseRow, parseEnterpriseRow } from './enterprise-cells';
import { addProblems, type CheckedRows, type ImportRecord, type InvalidRow, inChunks } from './rows';

/** Regions, grids and sectors named anywhere in the file, loaded once into maps. */
async function loadLookup(tx: Tx, rows: ParsedEnterpriseRow[], sectorCodes: Set<string>): Promise<PlaceLookup> {
  const distinct = (pick: (r: ParsedEnterpriseRow) => string | null) => [
    ...new Set(rows.map(pick).filter((v): v is string => !!v)),
  ];
  const regionRefs = await inChunks(
    distinct((r) => r.place.regionCode),
    5000,
    async (codes) => [...(await findRegionRefs(tx, codes)).values()],
  );
  const gridRefs = await inChunks(
    distinct((r) => r.place.gridCode),
    5000,
    async (codes) => [...(await findGridRefs(tx, codes)).values()],
  );
  const regions = new Map(regionRefs.map((r) => [r.code, r]));
  const grids = new Map(gridRefs.map((g) => [g.code, g]));
  return { region: (c) => regions.get(c), grid: (c) => grids.get(c), hasSector: (c) => sectorCodes.has(c) };
}

/** Which of the credit codes are already registered (one array parameter per 10,000 codes). */
async function findRegistered(tx: Tx, usccs: string[]): Promise<Set<string>> {
  const found = await inChunks(usccs, 10_000, (codes) =>
    tx
      .select({ uscc: enterprises.uscc })
      .from(enterprises)
      .where(sql`${enterprises.uscc} = any(${sql.param(codes)}::text[])`),
  );
  return new Set(found.map((f) => f.uscc));
}

/**
 * Validates every row the way POST /enterprises does (contract, credit code, references, scope) with the references
 * loaded once into maps, then finds duplicates inside the file (the first row keeps the code) and in the database.
 */
export async function checkEnterpriseRows(
  tx: Tx,
  records: ImportRecord[],
  actor: Actor | null,
): Promise<CheckedRows<ValidatedEnterprise>> {
  const sectors = await loadSectors(tx);
  const sectorWords = new Map<string, string>();
  for (const s of sectors) for (const w of [s.code, s.nameZh, s.nameEn]) sectorWords.set(w.toLowerCase(), s.code);
  const rows = records.map((r) => parseEnterpriseRow(r, sectorWords));
  const lookup = await loadLookup(tx, rows, new Set(sectors.map((s) => s.code)));
  const registered = await findRegistered(tx, [...new Set(rows.flatMap((r) => (r.uscc ? [r.uscc] : [])))]);
  const firstRowOf = new Map<string, number>();
  const valid: ValidatedEnterprise[] = [];
  const invalid: InvalidRow[] = [];
  for (const { input, place, uscc, problems, ...r } of rows) {
    const { region, problems: placeProblems } = checkEnterprisePlace(place, lookup);
    addProblems(problems, placeProblems);
    if (region && actor && !isEnterpriseInScope(actor, { ...place, regionPath: region.path })) {
      addProblems(problems, [{ path: 'regionCode', code: 'SCOPE.OUT_OF_SCOPE' }]);
    }
    if (uscc) {
      const first = firstRowOf.get(uscc);
      if (first !== undefined) {
        addProblems(problems, [{ path: 'uscc', code: 'IMPORT.DUPLICATE_IN_FILE', params: { row: first } }]);
      } else if (registered.has(uscc)) addProblems(problems, [{ path: 'uscc', code: 'CONFLICT.DUPLICATE' }]);
      else firstRowOf.set(uscc, r.row);
    }
    if (problems.length || !input || !uscc || !region) invalid.push({ ...r, problems });
    else valid.push(toEnterpriseValues(input, uscc, region.path));
  }
  return { valid, invalid };
}
