import { ENTERPRISE_STATUSES, ENTERPRISE_TAGS, MESSAGES, type TEnterpriseCreate, ZEnterpriseCreate } from '@redline/contracts';
import { validateUscc } from '@redline/domain';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { type FieldProblem, fromDomain } from '../../http/errors';
import { checkEnterprisePlace, isEnterpriseInScope } from '../enterprises/place';
import { findGridRefs, findRegionRefs, loadSectors } from '../enterprises/repo';
import { enterprises } from '../enterprises/schema';
import { toEnterpriseValues, type ValidatedEnterprise } from '../enterprises/values';
import type { Actor } from '../scope/actor';
import { type CheckedRows, type ImportRecord, type InvalidRow, addProblems, inChunks, listOf, numberOf, parseRow, textOf } from './rows';

/** Words accepted for a code: the code itself and its zh-CN and English labels from the catalogue. */
function wordsFor(codes: readonly string[], prefix: string) {
  const words = new Map<string, string>();
  for (const code of codes) {
    const label = MESSAGES[`${prefix}.${code}`];
    for (const word of [code, label?.['zh-CN'], label?.en]) if (word) words.set(word.toLowerCase(), code);
  }
  return words;
}
const STATUS_WORDS = wordsFor(ENTERPRISE_STATUSES, 'enterpriseStatus');
const TAG_WORDS = wordsFor(ENTERPRISE_TAGS, 'enterpriseTag');

type Parsed = ImportRecord & { input?: TEnterpriseCreate; uscc?: string; problems: FieldProblem[] };

/** Turns the cells into the API's create body, resolving sector names and status or tag words to codes. */
function parseEnterpriseRow(r: ImportRecord, sectorWords: Map<string, string>): Parsed {
  const cells = r.record;
  const problems: FieldProblem[] = [];
  const sectorCodes: string[] = [];
  for (const word of listOf(cells.sectorCodes)) {
    const code = sectorWords.get(word.toLowerCase());
    if (code) sectorCodes.push(code);
    else if (!problems.some((p) => p.path === 'sectorCodes')) problems.push({ path: 'sectorCodes', code: 'VALIDATION.UNKNOWN_REFERENCE' });
  }
  const candidate = {
    uscc: textOf(cells, 'uscc'),
    name: textOf(cells, 'name'),
    regionCode: textOf(cells, 'regionCode'),
    gridCode: textOf(cells, 'gridCode'),
    address: textOf(cells, 'address'),
    lng: numberOf(cells, 'lng', problems),
    lat: numberOf(cells, 'lat', problems),
    sectorCodes: problems.some((p) => p.path === 'sectorCodes') ? undefined : sectorCodes,
    industryCode: textOf(cells, 'industryCode')?.toUpperCase(),
    employees: numberOf(cells, 'employees', problems),
    principalName: textOf(cells, 'principalName'),
    principalMobile: textOf(cells, 'principalMobile'),
    safetyManagerName: textOf(cells, 'safetyManagerName'),
    safetyManagerMobile: textOf(cells, 'safetyManagerMobile'),
    status: cells.status ? (STATUS_WORDS.get(cells.status.toLowerCase()) ?? cells.status) : undefined,
    tags: listOf(cells.tags).map((t) => TAG_WORDS.get(t.toLowerCase()) ?? t),
  };
  const parsed = parseRow(ZEnterpriseCreate, candidate);
  addProblems(problems, parsed.problems);
  let uscc: string | undefined;
  if (parsed.data) {
    const check = validateUscc(parsed.data.uscc);
    if (check.ok) uscc = check.value;
    else addProblems(problems, [fromDomain('uscc', check.error)]);
  }
  return { ...r, input: parsed.data, uscc, problems };
}

/**
 * Validates every row the way POST /enterprises does (contract, credit code, references, scope) with the references
 * loaded once into maps, then finds duplicates inside the file (the first row keeps the code) and in the database.
 */
export async function checkEnterpriseRows(tx: Tx, records: ImportRecord[], actor: Actor | null): Promise<CheckedRows<ValidatedEnterprise>> {
  const sectorWords = new Map<string, string>();
  const sectors = await loadSectors(tx);
  for (const s of sectors) for (const w of [s.code, s.nameZh, s.nameEn]) sectorWords.set(w.toLowerCase(), s.code);
  const rows = records.map((r) => parseEnterpriseRow(r, sectorWords));
  const distinct = (pick: (r: Parsed) => string | null | undefined) => [...new Set(rows.map(pick).filter((v): v is string => !!v))];
  const regionList = await inChunks(distinct((r) => r.input?.regionCode), 5000, async (c) => [...(await findRegionRefs(tx, c)).values()]);
  const gridList = await inChunks(distinct((r) => r.input?.gridCode), 5000, async (c) => [...(await findGridRefs(tx, c)).values()]);
  const regions = new Map(regionList.map((r) => [r.code, r]));
  const grids = new Map(gridList.map((g) => [g.code, g]));
  const known = new Set(sectors.map((s) => s.code));
  const lookup = { region: (c: string) => regions.get(c), grid: (c: string) => grids.get(c), hasSector: (c: string) => known.has(c) };
  const existing = new Set(
    await inChunks(distinct((r) => r.uscc), 10_000, async (codes) => {
      const found = await tx.select({ uscc: enterprises.uscc }).from(enterprises).where(sql`${enterprises.uscc} = any(${sql.param(codes)}::text[])`);
      return found.map((f) => f.uscc);
    }),
  );
  const firstRowOf = new Map<string, number>();
  const valid: ValidatedEnterprise[] = [];
  const invalid: InvalidRow[] = [];
  for (const r of rows) {
    const { input, uscc, problems } = r;
    let values: ValidatedEnterprise | undefined;
    if (input) {
      const place = { regionCode: input.regionCode, gridCode: input.gridCode ?? null, sectorCodes: input.sectorCodes };
      const checked = checkEnterprisePlace(place, lookup);
      addProblems(problems, checked.problems);
      if (checked.region && actor && !isEnterpriseInScope(actor, { ...place, regionPath: checked.region.path })) {
        addProblems(problems, [{ path: 'regionCode', code: 'SCOPE.OUT_OF_SCOPE' }]);
      }
      if (uscc && checked.region) values = toEnterpriseValues(input, uscc, checked.region.path);
    }
    if (uscc) {
      const first = firstRowOf.get(uscc);
      if (first !== undefined) addProblems(problems, [{ path: 'uscc', code: 'IMPORT.DUPLICATE_IN_FILE', params: { row: first } }]);
      else if (existing.has(uscc)) addProblems(problems, [{ path: 'uscc', code: 'CONFLICT.DUPLICATE' }]);
      else firstRowOf.set(uscc, r.row);
    }
    if (problems.length || !values) invalid.push({ row: r.row, record: r.record, problems });
    else valid.push(values);
  }
  return { valid, invalid };
}
