import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { MINUTE_FORMAT, wallTimeOf } from './report-form';

type Props = {
  id?: string;
  value?: Dayjs | null;
  onChange?: (value: Dayjs | null) => void;
  placeholder?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
};

/** Now as the pickers hold it: Beijing wall time to the minute (see `instantOfWallTime`). */
export const wallNow = (): Dayjs => dayjs(wallTimeOf(new Date()));

/** Days after today in Beijing cannot be picked: an accident, a report or a receipt is never in the future. */
const afterToday = (date: Dayjs) => date.format('YYYY-MM-DD') > wallTimeOf(new Date()).slice(0, 10);

/** A moment to the minute, in Beijing time (`YYYY-MM-DD HH:mm`), typed or picked. */
export function DateTimeInput({ id, value, onChange, placeholder, ...aria }: Props) {
  return (
    <DatePicker
      id={id}
      showTime={{ format: 'HH:mm' }}
      format={MINUTE_FORMAT}
      value={value ?? null}
      onChange={(next) => onChange?.(next ?? null)}
      disabledDate={afterToday}
      placeholder={placeholder ?? MINUTE_FORMAT}
      style={{ width: '100%' }}
      aria-describedby={aria['aria-describedby']}
      aria-invalid={aria['aria-invalid']}
    />
  );
}
