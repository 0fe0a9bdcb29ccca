/** Where notification email goes out: an SMTP URL (smtp://user:pass@host:587 or smtps://…:465) and the sender. */
export type SmtpSettings = { url: string; from: string };

type SmtpSource = { SMTP_URL?: string | undefined; SMTP_FROM?: string | undefined };

/**
 * The SMTP settings of a loaded config or of the environment (process.env by default); null means email is off.
 * loadConfig has already refused a malformed SMTP_URL or a missing SMTP_FROM at start.
 */
export function smtpSettingsOf(source: SmtpSource = process.env): SmtpSettings | null {
  const url = source.SMTP_URL?.trim();
  const from = source.SMTP_FROM?.trim();
  return url && from ? { url, from } : null;
}
