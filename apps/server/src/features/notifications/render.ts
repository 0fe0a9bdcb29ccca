import { type Locale, type MessageParams, translate } from '@redline/contracts';
import { localDateOf } from '@redline/domain';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const SHANGHAI_MS = 8 * 3_600_000;

/**
 * An instant as people read it in Asia/Shanghai: `YYYY-MM-DD` when it is the last moment of a day (how deadlines are
 * stored), `YYYY-MM-DD HH:mm` (24 h) otherwise.
 */
export function displayInstant(instant: Date): string {
  const date = localDateOf(instant);
  const local = new Date(instant.getTime() + SHANGHAI_MS);
  if (local.getUTCHours() === 23 && local.getUTCMinutes() === 59 && local.getUTCSeconds() === 59) return date;
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${date} ${hh}:${mm}`;
}

/** Stored parameters (jsonb) as message parameters: instants shown in Shanghai time, other values as text. */
function paramsOf(params: Record<string, unknown>): MessageParams {
  const out: MessageParams = {};
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    if (value instanceof Date) out[name] = displayInstant(value);
    else if (typeof value === 'string') out[name] = INSTANT.test(value) ? displayInstant(new Date(value)) : value;
    else if (typeof value === 'number') out[name] = value;
    else out[name] = typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return out;
}

/** The text of a notification in a language, from its catalogue key and stored parameters. */
export const renderNotification = (locale: Locale, messageKey: string, params: Record<string, unknown> = {}) =>
  translate(locale, messageKey, paramsOf(params));

/** Subject and plain-text body of a notification email (zh-CN). */
export function renderEmail(messageKey: string, params: Record<string, unknown> = {}) {
  const text = renderNotification('zh-CN', messageKey, params);
  return {
    // One line, at most 200 characters: a title with line breaks must not break the header.
    subject: translate('zh-CN', 'NOTIFY.EMAIL_SUBJECT', { text: text.replace(/\s+/g, ' ').replace(/^@/, '') }).slice(
      0,
      200,
    ),
    body: `${text}\n\n${translate('zh-CN', 'NOTIFY.EMAIL_FOOTER')}\n`,
  };
}
