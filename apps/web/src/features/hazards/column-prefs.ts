/** The hazard list's columns, in order; `fixed` ones cannot be hidden. */
export const HAZARD_COLUMNS = [
  { key: 'number', fixed: true, visible: true },
  { key: 'title', fixed: true, visible: true },
  { key: 'state', fixed: false, visible: true },
  { key: 'level', fixed: false, visible: true },
  { key: 'source', fixed: false, visible: true },
  { key: 'region', fixed: false, visible: true },
  { key: 'enterprise', fixed: false, visible: true },
  { key: 'sector', fixed: false, visible: false },
  { key: 'deadline', fixed: false, visible: true },
  { key: 'listed', fixed: false, visible: false },
  { key: 'createdAt', fixed: false, visible: true },
  { key: 'updatedAt', fixed: false, visible: false },
] as const;

export type HazardColumnKey = (typeof HAZARD_COLUMNS)[number]['key'];

export const COLUMN_STORAGE_KEY = 'redline.hazards.columns';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

const KNOWN = new Set<string>(HAZARD_COLUMNS.map((c) => c.key));
export const DEFAULT_HIDDEN: HazardColumnKey[] = HAZARD_COLUMNS.filter((c) => !c.visible).map((c) => c.key);

/**
 * The columns the user has hidden, from storage (`{"hidden":[…]}`). Unknown keys and fixed columns are ignored;
 * nothing stored, unreadable storage or a malformed value gives the defaults.
 */
export function readHiddenColumns(store: Store | undefined): HazardColumnKey[] {
  try {
    const raw = store?.getItem(COLUMN_STORAGE_KEY);
    if (!raw) return DEFAULT_HIDDEN;
    const parsed = JSON.parse(raw) as { hidden?: unknown };
    if (!Array.isArray(parsed.hidden)) return DEFAULT_HIDDEN;
    return parsed.hidden.filter(
      (k): k is HazardColumnKey =>
        typeof k === 'string' && KNOWN.has(k) && !HAZARD_COLUMNS.find((c) => c.key === k)?.fixed,
    );
  } catch {
    return DEFAULT_HIDDEN;
  }
}

/** Keeps the choice for the next visit; a full or disabled storage keeps it for this page only. */
export function writeHiddenColumns(store: Store | undefined, hidden: HazardColumnKey[]): void {
  try {
    store?.setItem(COLUMN_STORAGE_KEY, JSON.stringify({ hidden }));
  } catch {
    // Private mode or storage disabled.
  }
}
