import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/locale-context';
import { ActionDialog } from './action-dialog';
import { type ActionPlan, currentFieldsOf, offeredActions } from './action-plan';
import { type HazardDetail, hazardKeys } from './api';

/**
 * The buttons of the actions the API offers this account in the case's current state (`actions`), less those a
 * stored condition rules out; an action not offered has no button. Each opens its form.
 */
export function HazardActions({ hazard }: { hazard: HazardDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<ActionPlan | null>(null);
  const [open, setOpen] = useState(false);
  const plans = offeredActions(hazard.actions, currentFieldsOf(hazard));

  const refreshLists = () => queryClient.invalidateQueries({ queryKey: hazardKeys.all, refetchType: 'none' });

  if (plans.length === 0) {
    return (
      <Typography.Text type="secondary" data-testid="no-actions">
        {t('hazards.noActions')}
      </Typography.Text>
    );
  }
  return (
    <>
      <Space wrap aria-label={t('hazards.actions')} role="group">
        {plans.map((plan) => (
          <Button
            key={plan.name}
            type={plan.tone === 'primary' ? 'primary' : 'default'}
            danger={plan.tone === 'danger'}
            onClick={() => {
              setChosen(plan);
              setOpen(true);
            }}
          >
            {t(`hazard.transition.${plan.name}`)}
          </Button>
        ))}
      </Space>
      {chosen ? (
        <ActionDialog
          key={chosen.name}
          hazard={hazard}
          plan={chosen}
          open={open}
          onClose={() => setOpen(false)}
          afterClose={() => setChosen(null)}
          onDone={(detail) => {
            queryClient.setQueryData(hazardKeys.one(hazard.id), detail);
            void refreshLists();
            message.success(
              t('hazards.actionDone', {
                action: t(`hazard.transition.${chosen.name}`),
                state: t(`hazard.state.${detail.state}`),
              }),
            );
          }}
          onOutdated={(text) => {
            void queryClient.invalidateQueries({ queryKey: hazardKeys.one(hazard.id) });
            void refreshLists();
            message.warning(t('hazards.outdated', { message: text }), 6);
          }}
        />
      ) : null}
    </>
  );
}
