import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

export type Period = { from: string; to: string };

type Props = {
  /** Ids of the two inputs are `<id>-from` and `<id>-to`; the visible label names the first. */
  id: string;
  label: string;
  value: Period;
  /** Local date (YYYY-MM-DD): no day after it can be picked. */
  today: string;
  presets: Array<{ label: string; period: Period }>;
  onChange: (period: Period) => void;
};

/** 统计期间: a labelled range of local dates up to today, with presets (this month, the last 30 days …). */
export function PeriodPicker({ id, label, value, today, presets, onChange }: Props) {
  return (
    <>
      <label htmlFor={`${id}-from`}>{label}</label>
      <label htmlFor={`${id}-to`} className="redline-visually-hidden">
        {label}
      </label>
      <DatePicker.RangePicker
        id={{ start: `${id}-from`, end: `${id}-to` }}
        allowClear={false}
        value={[dayjs(value.from), dayjs(value.to)]}
        disabledDate={(d: Dayjs) => d.format('YYYY-MM-DD') > today}
        presets={presets.map((p) => ({
          label: p.label,
          value: [dayjs(p.period.from), dayjs(p.period.to)] as [Dayjs, Dayjs],
        }))}
        onChange={(range) => {
          const [from, to] = range ?? [];
          if (from && to) onChange({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
        }}
      />
    </>
  );
}
