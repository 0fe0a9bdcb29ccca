import crypto from 'node:crypto';

/** A new signing secret: 32 random bytes as 64 hex characters. */
export const newWebhookSecret = () => crypto.randomBytes(32).toString('hex');

/** `sha256=` + hex HMAC-SHA256 keyed by the secret (its text, UTF-8) over `timestamp + "." + body`. */
export const signWebhook = (secret: string, timestamp: string, body: string) =>
  `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
