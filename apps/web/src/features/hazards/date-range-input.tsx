import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';

export type DateRange = [Dayjs | null, Dayjs | null] | null;

type Props = {
  id?: string;
  value?: DateRange;
  onChange?: (value: DateRange) => void;
  placeholder: [string, string];
};

/** The report-date filter: either end may be left open. Its own chunk, loaded after the list is on screen. */
export default function DateRangeInput({ id, value, onChange, placeholder }: Props) {
  return (
    <DatePicker.RangePicker
      id={id}
      value={value}
      onChange={(next) => onChange?.(next as DateRange)}
      allowEmpty={[true, true]}
      format="YYYY-MM-DD"
      style={{ width: '100%' }}
      placeholder={placeholder}
    />
  );
}
