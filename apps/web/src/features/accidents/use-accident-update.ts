import type { TAccidentDetail } from '@redline/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { isApiError } from '../../app/api-error';
import { useI18n } from '../../app/i18n/locale-context';
import { accidentKeys } from './api';

/** Refusals that mean the page is out of date (someone else moved the case, or the action is gone). */
const OUTDATED = new Set(['CASE.STALE_VERSION', 'CASE.INVALID_TRANSITION', 'CASE.ROLE_NOT_ALLOWED']);

export const isOutdated = (error: unknown): boolean =>
  isApiError(error) && (OUTDATED.has(error.code) || error.status === 404);

/**
 * After a write on an accident: the answer becomes the page's "now" data, views as of another date and the ledger
 * reload; a refusal because the page was out of date reloads it and says so.
 */
export function useAccidentUpdate(id: string) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const refreshOthers = () => {
    void queryClient.invalidateQueries({ queryKey: ['accidents', 'list'], refetchType: 'none' });
    void queryClient.invalidateQueries({
      queryKey: accidentKeys.oneAll(id),
      predicate: (query) => query.queryKey[3] !== null,
    });
  };
  return {
    done(detail: TAccidentDetail, text: string) {
      queryClient.setQueryData(accidentKeys.one(id, null), detail);
      refreshOthers();
      message.success(text);
    },
    outdated(text: string) {
      void queryClient.invalidateQueries({ queryKey: accidentKeys.oneAll(id) });
      refreshOthers();
      message.warning(t('accidents.outdated', { message: text }), 6);
    },
  };
}
