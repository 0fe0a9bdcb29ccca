import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Card, Empty, Form, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../app/api-error';
import { useI18n } from '../../app/i18n/locale-context';
import { SESSION_KEY } from '../../app/query-client';
import { useAccount, useSession } from '../auth/session';
import { EnterpriseSelect } from '../hazards/enterprise-select';
import { uploadImport } from './api';
import { ImportForm } from './import-form';
import { ImportResultView } from './import-result';
import { chosenKind, formatOfFile, type ImportKind, importKindsFor, needsEnterprise } from './kinds';
import { outcomeOf } from './outcome';

/** The cached lists an import may have added to. */
const LISTS_OF: Record<ImportKind, string> = {
  enterprises: 'enterprises',
  people: 'people',
  hazards: 'hazards',
  risk_register: 'risks',
};

/** 数据导入: the kinds the account may import (kind in the URL), template, file, result with the refused rows. */
export function ImportsPage() {
  const { t, locale } = useI18n();
  const account = useAccount();
  const session = useSession();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const kinds = importKindsFor(account.roles);
  const kind = chosenKind(params.get('kind'), kinds);
  const [file, setFile] = useState<File | null>(null);
  const [partial, setPartial] = useState(false);
  // A register goes to the account's own enterprise; an administrator names one (`?enterpriseId=` from a register).
  const [enterpriseId, setEnterpriseId] = useState<string | undefined>(params.get('enterpriseId') ?? undefined);
  const choosesEnterprise = kind !== null && needsEnterprise(kind) && account.scope.kind !== 'enterprise';
  const run = useMutation({
    mutationFn: ({ kind, file, partial }: { kind: ImportKind; file: File; partial: boolean }) =>
      uploadImport(
        kind,
        file,
        formatOfFile(file.name) ?? 'xlsx',
        partial,
        { csrfToken: session.data?.csrfToken ?? null, locale },
        choosesEnterprise ? enterpriseId : undefined,
      ),
    onSuccess: (result, { kind }) => {
      if (result.imported > 0) void queryClient.invalidateQueries({ queryKey: [LISTS_OF[kind]] });
    },
    onError: (error) => {
      if (isApiError(error) && error.needsSignIn) queryClient.setQueryData(SESSION_KEY, null);
    },
  });
  const outcome = outcomeOf(run.data, run.error);

  function changeKind(next: ImportKind) {
    setParams((prev) => {
      const copy = new URLSearchParams(prev);
      copy.set('kind', next);
      return copy;
    });
    setFile(null);
    run.reset();
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('imports.title')}
      </Typography.Title>
      {kind === null ? (
        <Card>
          <Empty description={t('imports.none')} />
        </Card>
      ) : (
        <>
          <Card>
            <Typography.Paragraph type="secondary">{t('imports.intro')}</Typography.Paragraph>
            <ImportForm
              kinds={kinds}
              kind={kind}
              onKind={changeKind}
              file={file}
              onFile={(next) => {
                setFile(next);
                run.reset();
              }}
              partial={partial}
              onPartial={setPartial}
              busy={run.isPending}
              onSubmit={() => file && run.mutate({ kind, file, partial })}
              incomplete={choosesEnterprise && !enterpriseId}
            >
              {choosesEnterprise ? (
                <Form.Item
                  label={t('imports.enterprise')}
                  htmlFor="import-enterprise"
                  extra={t('imports.enterprise.hint')}
                >
                  <EnterpriseSelect
                    id="import-enterprise"
                    value={enterpriseId}
                    onChange={(next) => {
                      setEnterpriseId(next);
                      run.reset();
                    }}
                    style={{ width: '100%', maxWidth: 480 }}
                  />
                </Form.Item>
              ) : null}
            </ImportForm>
          </Card>
          {outcome ? <ImportResultView outcome={outcome} /> : null}
        </>
      )}
    </Space>
  );
}
