import type { TImportRowError } from '@redline/contracts';
import { Table, type TableProps, Typography } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';
import { rowCountOf } from './kinds';

type Row = TImportRowError & { key: string };

/**
 * The refused rows as the server lists them: file row (as Excel numbers it, header = 1), the column's header, the
 * value found, the stable code and the reason (already in the language the import was sent in). Paged when long.
 */
export function RowErrorsTable({ errors }: { errors: TImportRowError[] }) {
  const { t } = useI18n();
  const rows: Row[] = errors.map((e, i) => ({ ...e, key: `${e.row}-${e.column}-${i}` }));
  const columns: TableProps<Row>['columns'] = [
    { key: 'row', dataIndex: 'row', title: t('imports.col.row'), width: 72 },
    { key: 'column', dataIndex: 'column', title: t('imports.col.column'), width: 150 },
    {
      key: 'value',
      dataIndex: 'value',
      title: t('imports.col.value'),
      width: 200,
      render: (value: string) =>
        value ? (
          <Typography.Text style={{ wordBreak: 'break-all' }}>{value}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('imports.emptyValue')}</Typography.Text>
        ),
    },
    { key: 'message', dataIndex: 'message', title: t('imports.col.message') },
    {
      key: 'code',
      dataIndex: 'code',
      title: t('imports.col.code'),
      width: 220,
      responsive: ['lg'],
      render: (code: string) => (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {code}
        </Typography.Text>
      ),
    },
  ];
  return (
    <section aria-labelledby="import-row-errors">
      <Typography.Title level={2} id="import-row-errors" style={{ fontSize: 16, margin: '0 0 12px' }}>
        {t('imports.errors', { rows: rowCountOf(errors), count: errors.length })}
      </Typography.Title>
      <Table<Row>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        scroll={{ x: 640 }}
        pagination={
          rows.length > 20
            ? { defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }
            : false
        }
      />
    </section>
  );
}
