import type { AccidentGrade } from '@redline/domain';
import { Space, Tag } from 'antd';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import { GRADE_COLORS, INVESTIGATION_STATE_COLORS } from './codes';

/** 一般事故 … 特别重大事故 in the colour of its grade. */
export function GradeTag({ grade }: { grade: AccidentGrade }) {
  const { t } = useI18n();
  return (
    <Tag color={GRADE_COLORS[grade]} variant="solid" style={{ marginInlineEnd: 0 }}>
      {t(`accident.grade.${grade}`)}
    </Tag>
  );
}

/** 迟报 (computed) and 漏报 / 谎报 / 瞒报 (found by an investigator); nothing when the reporting was regular. */
export function IrregularityTags({
  late,
  irregularities,
  empty = null,
}: {
  late: boolean;
  irregularities: readonly string[];
  /** What shows when the reporting was regular (a dash in a table cell). */
  empty?: string | null;
}) {
  const { t } = useI18n();
  const kinds = [...new Set(irregularities)];
  if (!late && kinds.length === 0) return <>{empty}</>;
  return (
    <Space size={4} wrap>
      {late ? <Tag color="orange">{t('accident.irregularity.late')}</Tag> : null}
      {kinds.map((kind) => (
        <Tag key={kind} color="red">
          {t(`accident.irregularity.${kind}`)}
        </Tag>
      ))}
    </Space>
  );
}

export function AccidentStateTag({ state }: { state: string }) {
  const { t } = useI18n();
  return <Tag color={state === 'closed' ? 'green' : 'processing'}>{t(`accidents.state.${state}`)}</Tag>;
}

/** The investigation's state (调查中, 报告已提交, 已批复, 已结案), or 未启动 without an investigation. */
export function InvestigationStateTag({ state }: { state: string | null | undefined }) {
  const { t } = useI18n();
  if (!state) return <Tag>{t('accidents.investigation.none')}</Tag>;
  return (
    <Tag color={INVESTIGATION_STATE_COLORS[state] ?? 'default'}>{t(`accidents.investigation.state.${state}`)}</Tag>
  );
}

/** A deadline as `YYYY-MM-DD HH:mm`, in red with an 已逾期 tag when it has passed with the work undone. */
export function DeadlineText({ deadline, overdue }: { deadline: string | null; overdue: boolean }) {
  const { t } = useI18n();
  if (!deadline) return <>—</>;
  return overdue ? (
    <span style={{ color: '#cf1322', whiteSpace: 'nowrap' }} data-overdue="true">
      {formatDateTime(deadline)}{' '}
      <Tag color="red" style={{ marginInlineEnd: 0 }}>
        {t('accidents.overdue')}
      </Tag>
    </span>
  ) : (
    <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(deadline)}</span>
  );
}
