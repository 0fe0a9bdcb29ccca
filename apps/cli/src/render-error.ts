import { pickLocale } from '@redline/contracts';
import { toErrorBody } from '@redline/server/http/error-handler';
import type { AppError } from '@redline/server/http/errors';

/** The same message the API would give, in the terminal's language (LANG), with field details. */
export function renderAppError(error: AppError): string {
  const locale = pickLocale((process.env.LANG ?? '').startsWith('zh') ? 'zh-CN' : 'en');
  const { body } = toErrorBody(error, locale, 'cli');
  const details = Array.isArray(body.details)
    ? body.details.map((d: { path: string; message: string }) => `  ${d.path}: ${d.message}`).join('\n')
    : '';
  return [`${body.code}: ${body.message}`, details].filter(Boolean).join('\n');
}
