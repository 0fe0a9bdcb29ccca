import { accidentMessages, type Message } from '@redline/contracts';

/** The contracts' accident labels (grades, sectors, GB 6441 categories), for screens that show them outside accidents. */
export const accidentLabels: Record<string, Message> = accidentMessages;
