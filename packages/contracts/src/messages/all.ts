import type { Locale } from '../locale';
import { accidentMessages } from './accidents';
import { type Message, type MessageParams, SHARED_MESSAGES, translateIn } from './catalogue';
import { riskRegisterMessages } from './risk-register';

export { accidentMessages, riskRegisterMessages };

/** The one message catalogue, as the server and the CLI render it: the shared messages and every feature's. */
export const MESSAGES: Record<string, Message> = {
  ...SHARED_MESSAGES,
  ...accidentMessages,
  ...riskRegisterMessages,
};

/** Renders a message key of the whole catalogue in a locale (see translateIn). */
export function translate(locale: Locale, key: string, params: MessageParams = {}): string {
  return translateIn(MESSAGES, locale, key, params);
}
