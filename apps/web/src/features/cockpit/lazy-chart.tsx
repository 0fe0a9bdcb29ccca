import { lazy, Suspense } from 'react';
import { LoadingState } from '../../app/states/states';
import type { ChartClick } from './echart';

// ECharts is downloaded with the first chart of the cockpit, never by the other screens.
const EChart = lazy(() => import('./echart'));

type Props = {
  option: Record<string, unknown>;
  height: number;
  label: string;
  onClick?: (event: ChartClick) => void;
  testId?: string;
};

export function Chart(props: Props) {
  return (
    <Suspense fallback={<LoadingState rows={4} />}>
      <EChart {...props} />
    </Suspense>
  );
}
