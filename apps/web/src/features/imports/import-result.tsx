import { Alert, Card, Flex, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import type { ImportResult } from './api';
import type { ImportOutcome } from './outcome';
import { RowErrorsTable } from './row-errors-table';

/** The most created hazards linked from the result; the rest are in the hazard list. */
const MAX_HAZARD_LINKS = 50;

function Counts({ result }: { result: ImportResult }) {
  const { t } = useI18n();
  return <>{t('imports.counts', { total: result.total, imported: result.imported, skipped: result.skipped })}</>;
}

/** The ledger import names the hazards it reported: each opens its page. */
function CreatedHazards({ result }: { result: ImportResult }) {
  const { t } = useI18n();
  if (!('hazards' in result) || result.hazards.length === 0) return null;
  return (
    <div>
      <Typography.Text strong>{t('imports.hazardsCreated')}</Typography.Text>
      <Flex wrap gap={4} style={{ marginTop: 8 }}>
        {result.hazards.slice(0, MAX_HAZARD_LINKS).map((h) => (
          <Tag key={h.id}>
            <Link to={`/hazards/${h.id}`}>{h.number}</Link>
          </Tag>
        ))}
        {result.hazards.length > MAX_HAZARD_LINKS ? <Tag>…</Tag> : null}
      </Flex>
    </div>
  );
}

/** The outcome of the last import: counts, and the refused rows when there are any. */
export function ImportResultView({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useI18n();
  if (outcome.status === 'failed') {
    return <Alert type="error" showIcon role="alert" title={t('imports.failed')} description={outcome.message} />;
  }
  if (outcome.status === 'refused') {
    return (
      <Card>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('imports.refused')}
            description={
              <>
                <div>{outcome.message}</div>
                <div>{t('imports.nothingWritten')}</div>
              </>
            }
          />
          <RowErrorsTable errors={outcome.errors} />
        </Space>
      </Card>
    );
  }
  const { result } = outcome;
  const partial = outcome.status === 'partial';
  return (
    <Card>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert
          type={partial ? 'warning' : 'success'}
          showIcon
          role="status"
          title={t(partial ? 'imports.partlyDone' : 'imports.done')}
          description={<Counts result={result} />}
        />
        <CreatedHazards result={result} />
        {partial ? <RowErrorsTable errors={result.errors} /> : null}
      </Space>
    </Card>
  );
}
