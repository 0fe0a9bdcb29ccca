import type { Locale } from '../locale';
import { errorMessages } from './errors';
import { fieldMessages } from './fields';
import { hazardMessages } from './hazards';
import { notificationMessages } from './notifications';
import { validationMessages } from './validation';

export type Message = { 'zh-CN': string; en: string };
export type MessageParams = Record<string, string | number | undefined>;

/**
 * The messages any screen may show, zh-CN first: error and validation codes, field labels, hazard and notification
 * texts. A feature's own (accident labels, register ledger columns) are in ./all.ts: the server holds them all, the
 * web app loads each with its screens.
 */
export const SHARED_MESSAGES: Record<string, Message> = {
  ...errorMessages,
  ...validationMessages,
  ...fieldMessages,
  ...hazardMessages,
  ...notificationMessages,
};

/**
 * Renders a message key of a catalogue in a locale, filling `{name}` placeholders. Unknown keys render as the key
 * itself.
 */
export function translateIn(
  catalogue: Record<string, Message>,
  locale: Locale,
  key: string,
  params: MessageParams = {},
): string {
  const entry = catalogue[key];
  const template = entry ? entry[locale] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    // A value written `@key` is itself a catalogue key (e.g. `@field.uscc`, `@level.county`); `@a,@b` is a list of
    // them, joined as the language lists things (、 in Chinese).
    if (typeof value === 'string' && value.startsWith('@')) {
      return value
        .split(',')
        .map((part) => (part.startsWith('@') ? (catalogue[part.slice(1)]?.[locale] ?? part.slice(1)) : part))
        .join(locale === 'zh-CN' ? '、' : ', ');
    }
    return String(value);
  });
}
