import { DEFAULT_TIME_ZONE, localDateOf } from '../calendar/local-date';
import { err, ok, type Result } from '../result';

/**
 * Readable case numbers: `YH-140525-2026-000123` = type prefix, county code (GB/T 2260, 6 digits; a city without
 * counties uses its own code), year of creation in Asia/Shanghai, and a 6-digit sequence that the service allocates
 * per (prefix, county code, year) starting at 1. The number is for people; the case id stays the key.
 */
export type CaseNumberParts = { prefix: string; countyCode: string; year: number; sequence: number };

/** Prefix per case type (pinyin initials): 隐患 YinHuan → YH. Later case types add theirs here. */
export const CASE_NUMBER_PREFIXES: Record<string, string> = {
  hazard: 'YH',
  resumption_review: 'FG',
  accident: 'SG',
  accident_report: 'SB',
  accident_investigation: 'DC',
  risk_check: 'PC',
};

export const MAX_CASE_SEQUENCE = 999_999;

const PATTERN = /^([A-Z]{2,4})-(\d{6})-(\d{4})-(\d{6})$/;

/** The year a case created at `createdAt` is numbered in (its calendar year in Asia/Shanghai by default). */
export function caseNumberYear(createdAt: Date, timeZone: string = DEFAULT_TIME_ZONE): number {
  return Number(localDateOf(createdAt, timeZone).slice(0, 4));
}

/**
 * Formats a case number. Errors: `CASE.NUMBER_PREFIX` (2–4 capital letters), `CASE.NUMBER_COUNTY_CODE` (6 digits),
 * `CASE.NUMBER_SEQUENCE` {max} (a whole number in 1..999 999: past that, the county's year has run out of numbers).
 */
export function formatCaseNumber(
  input: { prefix: string; countyCode: string; createdAt: Date; sequence: number },
  timeZone: string = DEFAULT_TIME_ZONE,
): Result<string> {
  if (!/^[A-Z]{2,4}$/.test(input.prefix)) return err('CASE.NUMBER_PREFIX', { prefix: input.prefix });
  if (!/^\d{6}$/.test(input.countyCode)) return err('CASE.NUMBER_COUNTY_CODE', { countyCode: input.countyCode });
  const { sequence } = input;
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_CASE_SEQUENCE) {
    return err('CASE.NUMBER_SEQUENCE', { max: MAX_CASE_SEQUENCE });
  }
  const year = caseNumberYear(input.createdAt, timeZone);
  return ok(`${input.prefix}-${input.countyCode}-${year}-${String(sequence).padStart(6, '0')}`);
}

/** Parses a case number as a person types it (spaces around and lower case tolerated); `CASE.NUMBER_FORMAT`. */
export function parseCaseNumber(text: string): Result<CaseNumberParts> {
  const match = PATTERN.exec(text.trim().toUpperCase());
  const sequence = Number(match?.[4]);
  if (!match || sequence < 1) return err('CASE.NUMBER_FORMAT');
  return ok({ prefix: match[1]!, countyCode: match[2]!, year: Number(match[3]), sequence });
}
