import type { Locale } from '../locale';
import { accidentMessages } from './accidents';
import { errorMessages } from './errors';
import { fieldMessages } from './fields';
import { hazardMessages } from './hazards';
import { notificationMessages } from './notifications';
import { riskRegisterMessages } from './risk-register';
import { validationMessages } from './validation';

export type Message = { 'zh-CN': string; en: string };
export type MessageParams = Record<string, string | number | undefined>;

/** The one message catalogue: error codes, validation codes, field labels and notification texts, zh-CN first. */
export const MESSAGES: Record<string, Message> = {
  ...errorMessages,
  ...validationMessages,
  ...fieldMessages,
  ...hazardMessages,
  ...accidentMessages,
  ...notificationMessages,
  ...riskRegisterMessages,
};

/** Renders a message key in a locale, filling `{name}` placeholders. Unknown keys render as the key itself. */
export function translate(locale: Locale, key: string, params: MessageParams = {}): string {
  const entry = MESSAGES[key];
  const template = entry ? entry[locale] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    // A value written `@key` is itself a catalogue key (e.g. `@field.uscc`, `@level.county`); `@a,@b` is a list of
    // them, joined as the language lists things (、 in Chinese).
    if (typeof value === 'string' && value.startsWith('@')) {
      return value
        .split(',')
        .map((part) => (part.startsWith('@') ? (MESSAGES[part.slice(1)]?.[locale] ?? part.slice(1)) : part))
        .join(locale === 'zh-CN' ? '、' : ', ');
    }
    return String(value);
  });
}
