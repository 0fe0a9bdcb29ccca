import { PlusOutlined } from '@ant-design/icons';
import type { TDepartment } from '@redline/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState } from '../../app/states/states';
import { useAccount } from '../auth/session';
import { enterpriseKeys, listSectors } from '../enterprises/api';
import { departmentKeys, listDepartments } from './api';
import { mayEditDepartments } from './codes';
import { DepartmentDialog } from './department-dialog';
import { DepartmentFilterForm } from './department-filters';
import { applyFilterChanges, type DepartmentFilters, filtersFromParams } from './department-query';
import { DepartmentTable } from './department-table';

type Dialog = { department: TDepartment | null; open: boolean };

/** The departments in scope, filtered by the URL; admins and the safety office create and edit them. */
export function DepartmentList() {
  const { t } = useI18n();
  const account = useAccount();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const update = useCallback(
    (changes: Partial<DepartmentFilters>) => setParams((prev) => applyFilterChanges(prev, changes)),
    [setParams],
  );
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const editor = mayEditDepartments(account.roles);
  const sectors = useQuery({
    queryKey: enterpriseKeys.sectors,
    queryFn: ({ signal }) => listSectors(signal),
    staleTime: 10 * 60_000,
  });
  const list = useQuery({
    queryKey: departmentKeys.list(filters),
    queryFn: ({ signal }) => listDepartments(filters, signal),
    placeholderData: keepPreviousData,
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <DepartmentFilterForm filters={filters} sectors={sectors.data} error={list.error} onApply={update} />
      </Card>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary" aria-live="polite">
            {list.data ? t('departments.found', { total: list.data.total }) : '\u00a0'}
          </Typography.Text>
          {editor ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ department: null, open: true })}>
              {t('departments.new')}
            </Button>
          ) : null}
        </Flex>
        {list.error ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <DepartmentTable
            page={list.data}
            loading={list.isFetching}
            filters={filters}
            sectors={sectors.data}
            onEdit={editor ? (department) => setDialog({ department, open: true }) : undefined}
            onChange={update}
          />
        )}
      </Card>
      {dialog ? (
        <DepartmentDialog
          department={dialog.department}
          defaultRegionCode={filters.regionCode}
          sectors={sectors.data}
          open={dialog.open}
          onClose={() => setDialog((prev) => (prev ? { ...prev, open: false } : null))}
          afterClose={() => setDialog(null)}
        />
      ) : null}
    </Space>
  );
}
