import { type Locale, type Message, type MessageParams, SHARED_MESSAGES, translateIn } from '@redline/contracts';
import { authMessages } from './messages/auth';
import { commonMessages } from './messages/common';
import { enterpriseMessages } from './messages/enterprises';
import { hazardUiMessages } from './messages/hazards';
import { notificationMessages } from './messages/notifications';
import { regionMessages } from './messages/regions';
import { searchMessages } from './messages/search';
import { workbenchMessages } from './messages/workbench';

/**
 * The web app's strings over the shared catalogue of `@redline/contracts` (error codes, field labels, hazard texts).
 * The shell's and the first screens' texts ship with the shell; a feature loaded later registers its own
 * (registerMessages) — its UI texts and its part of the contracts catalogue (accident labels, say) — so its text
 * travels in its chunk and not in everyone's first download.
 */
const UI_MESSAGES: Record<string, Message> = {
  ...SHARED_MESSAGES,
  ...commonMessages,
  ...authMessages,
  ...regionMessages,
  ...enterpriseMessages,
  ...hazardUiMessages,
  ...workbenchMessages,
  ...notificationMessages,
  ...searchMessages,
};

/** Adds a lazily loaded feature's messages (its screen loader calls this before the screen renders). */
export function registerMessages(messages: Record<string, Message>): void {
  Object.assign(UI_MESSAGES, messages);
}

export function translateUi(locale: Locale, key: string, params: MessageParams = {}): string {
  return translateIn(UI_MESSAGES, locale, key, params);
}
