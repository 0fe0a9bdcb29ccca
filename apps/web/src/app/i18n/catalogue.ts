import { type Locale, type Message, type MessageParams, translate } from '@redline/contracts';
import { accountMessages } from './messages/accounts';
import { authMessages } from './messages/auth';
import { cockpitMessages } from './messages/cockpit';
import { commonMessages } from './messages/common';
import { departmentMessages } from './messages/departments';
import { enterpriseMessages } from './messages/enterprises';
import { hazardUiMessages } from './messages/hazards';
import { importMessages } from './messages/imports';
import { notificationMessages } from './messages/notifications';
import { regionMessages } from './messages/regions';
import { searchMessages } from './messages/search';
import { workbenchMessages } from './messages/workbench';

/**
 * The web app's strings; anything not here falls through to the shared catalogue of `@redline/contracts`. The shell's
 * and the first screens' texts ship with the shell; a feature loaded later registers its own (registerMessages), so
 * its text travels in its chunk and not in everyone's first download.
 */
const UI_MESSAGES: Record<string, Message> = {
  ...commonMessages,
  ...authMessages,
  ...regionMessages,
  ...departmentMessages,
  ...enterpriseMessages,
  ...accountMessages,
  ...hazardUiMessages,
  ...importMessages,
  ...workbenchMessages,
  ...cockpitMessages,
  ...notificationMessages,
  ...searchMessages,
};

/** Adds a lazily loaded feature's messages (its screen loader calls this before the screen renders). */
export function registerMessages(messages: Record<string, Message>): void {
  Object.assign(UI_MESSAGES, messages);
}

export function translateUi(locale: Locale, key: string, params: MessageParams = {}): string {
  const entry = UI_MESSAGES[key];
  if (!entry) return translate(locale, key, params);
  return entry[locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
