import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

// dayjs with time zones, for the screens that compute calendar days in Beijing time (deadlines, periods).
dayjs.extend(utc);
dayjs.extend(timezone);

export { dayjs };
