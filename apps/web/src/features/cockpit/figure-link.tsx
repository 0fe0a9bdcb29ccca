import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { type FigureBase, type FigureRow, figureHref, type Measure } from './figure-links';

const integer = new Intl.NumberFormat('zh-CN');

/** A count as shown: grouped digits, or an em dash when the figure does not apply (null). */
export const formatCount = (n: number | null | undefined) => (n === null || n === undefined ? '—' : integer.format(n));

/** A rate (0–1, 4 decimals) as a percentage with 2 decimals; "—" when the denominator was zero. */
export const formatRate = (rate: number | null | undefined) =>
  rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(2)}%`;

type Props = {
  measure: Measure;
  base: FigureBase;
  row?: FigureRow | undefined;
  value: number | null;
  /** What the number is, for the link's accessible name ("当前逾期 13"). */
  label: string;
  /** Shown instead of the count (a rate opens the list of its numerator). */
  children?: ReactNode;
  testId?: string;
  strong?: boolean;
};

/** A figure that opens the list of exactly the hazards it counts (see figure-links.ts). */
export function FigureLink({ measure, base, row, value, label, children, testId, strong }: Props) {
  const { t } = useI18n();
  if (value === null) return <span title={label}>—</span>;
  const shown = children ?? formatCount(value);
  return (
    <Link
      to={figureHref(measure, base, row)}
      aria-label={t('cockpit.open', { figure: label, value: typeof shown === 'string' ? shown : formatCount(value) })}
      data-testid={testId}
      style={strong ? { fontWeight: 600 } : undefined}
    >
      {shown}
    </Link>
  );
}
