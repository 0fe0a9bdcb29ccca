import { Readable } from 'node:stream';
import { type Locale, translate } from '@redline/contracts';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../http/errors';

export type ImportFormat = 'xlsx' | 'csv';
/** One data row: its row number as Excel shows it (header = 1) and its cells as trimmed text. */
export type SheetRow = { row: number; cells: string[] };
export type Sheet = { header: string[]; rows: SheetRow[] };

const unreadable = (locale: Locale, reason: string, params = {}) =>
  new AppError('IMPORT.UNREADABLE_FILE', { reason: translate(locale, reason, params) });

/** Text of a cell whatever Excel stored: shared or rich text, numbers, formulas (their result), links, dates. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; error?: string };
    if (v.richText)
      return v.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('result' in v) return cellText(v.result);
    if ('text' in v) return cellText(v.text);
    if (v.error) return v.error;
  }
  return String(value).trim();
}

const isBlank = (cells: string[]) => cells.every((c) => c === '');

/** Splits the first non-empty row off as the header. */
function toSheet(rows: SheetRow[]): Sheet {
  const first = rows.findIndex((r) => !isBlank(r.cells));
  if (first < 0) return { header: [], rows: [] };
  return { header: rows[first]!.cells, rows: rows.slice(first + 1).filter((r) => !isBlank(r.cells)) };
}

/** Reads the first worksheet with the streaming reader (no styles, shared strings cached): memory stays flat. */
async function readXlsx(file: Buffer, locale: Locale): Promise<Sheet> {
  const rows: SheetRow[] = [];
  let sheets = 0;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(file), {
      sharedStrings: 'cache',
      styles: 'ignore',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'emit',
    });
    for await (const worksheet of reader) {
      sheets++;
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        rows.push({ row: row.number, cells });
      }
      break;
    }
  } catch {
    throw unreadable(locale, 'IMPORT.NOT_A_SPREADSHEET');
  }
  if (!sheets) throw unreadable(locale, 'IMPORT.NO_SHEET');
  return toSheet(rows);
}

/** CSV as Excel and WPS save it: UTF-8 (with or without BOM), or GB18030 from older Chinese Excel. */
function decodeText(file: Buffer, locale: Locale): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    text = new TextDecoder('gb18030').decode(file);
  }
  if (text.includes('\u0000') || text.includes('\uFFFD')) throw unreadable(locale, 'IMPORT.NOT_TEXT');
  return text.replace(/^\uFEFF/, '');
}

function readCsv(file: Buffer, locale: Locale): Sheet {
  const text = decodeText(file, locale);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw unreadable(locale, 'IMPORT.BAD_CSV', { line: (error as { lines?: number }).lines ?? '?' });
  }
  return toSheet(records.map((r) => ({ row: r.info.lines, cells: r.record.map((c) => c.trim()) })));
}

/** Reads an import file into a header and data rows; an unreadable file answers 400 IMPORT.UNREADABLE_FILE. */
export async function readSheet(file: Buffer, format: ImportFormat, locale: Locale): Promise<Sheet> {
  return format === 'xlsx' ? readXlsx(file, locale) : readCsv(file, locale);
}
