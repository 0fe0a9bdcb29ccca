import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';
import { riskKeys } from './api';

/**
 * A write to an enterprise's register: on success the register is read again and `done` (or 已保存) is shown; a
 * failure is left to the caller (a form places the field problems beside its fields).
 */
export function useRegisterWrite<V, R>(
  enterpriseId: string,
  write: (values: V) => Promise<R>,
  options: { done?: (result: R) => string; onSuccess?: (result: R) => void; onError?: (error: unknown) => void } = {},
) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: riskKeys.register(enterpriseId) });
      void message.success(options.done ? options.done(result) : t('risks.saved'));
      options.onSuccess?.(result);
    },
    onError: (error) => {
      if (options.onError) options.onError(error);
      else void message.error(error instanceof Error ? error.message : String(error));
    },
  });
}
