import {
  ENTERPRISE_STATUSES,
  ENTERPRISE_TAGS,
  MESSAGES,
  type TEnterpriseCreate,
  ZEnterpriseCreate,
} from '@redline/contracts';
import { validateUscc } from '@redline/domain';
import { type FieldProblem, fromDomain } from '../../http/errors';
import type { EnterprisePlace } from '../enterprises/place';
import { addProblems, fieldOf, type ImportRecord, listOf, numberOf, parseRow, textOf } from './rows';

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

/** A row as the API's create body (`input` when the contract accepts it) and its place, checked even when not. */
export type ParsedEnterpriseRow = ImportRecord & {
  input?: TEnterpriseCreate;
  place: EnterprisePlace;
  uscc?: string;
  problems: FieldProblem[];
};

/** Turns the cells into the API's create body, resolving sector names and status or tag words to codes. */
export function parseEnterpriseRow(r: ImportRecord, sectorWords: Map<string, string>): ParsedEnterpriseRow {
  const cells = r.record;
  const problems: FieldProblem[] = [];
  const sectorCodes: string[] = [];
  for (const word of listOf(cells.sectorCodes)) {
    const code = sectorWords.get(word.toLowerCase());
    if (code) sectorCodes.push(code);
    else if (!problems.some((p) => p.path === 'sectorCodes'))
      problems.push({ path: 'sectorCodes', code: 'VALIDATION.UNKNOWN_REFERENCE' });
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
  if (candidate.uscc && !problems.some((p) => fieldOf(p) === 'uscc')) {
    const check = validateUscc(candidate.uscc);
    if (check.ok) uscc = check.value;
    else addProblems(problems, [fromDomain('uscc', check.error)]);
  }
  const place = { regionCode: candidate.regionCode ?? '', gridCode: candidate.gridCode ?? null, sectorCodes };
  return { ...r, input: parsed.data, place, uscc, problems };
}
