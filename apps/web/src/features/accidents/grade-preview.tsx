import { investigatingLevel, reportChain } from '@redline/domain';
import { Descriptions, Flex, Space, Typography } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';
import { formatCny } from './codes';
import { GradeTag } from './labels';
import { type CasualtyValues, GRADE_CRITERIA, type GradeCriterion, previewGrade } from './report-form';

type Props = {
  values: CasualtyValues;
  occurredAt: Date | null;
  sector: string | null;
  /** The moment the grade is taken at; now when omitted. */
  asOf?: Date;
};

/**
 * The grade the figures give, live as they are typed (Decree 493 Art. 3 through `gradeAccident`), which criterion
 * decides it, how far up it must be reported (Art. 10) and who investigates (Art. 19).
 */
export function GradePreview({ values, occurredAt, sector, asOf }: Props) {
  const { t } = useI18n();
  const preview = previewGrade(values, occurredAt, sector, asOf ?? new Date());
  const figure = (c: GradeCriterion) =>
    t(`accidents.figure.${c}`, { value: c === 'directLoss' ? formatCny(preview.values[c]) : preview.values[c] });
  const missing = typeof values.missing === 'number' ? values.missing : 0;
  return (
    <section aria-label={t('accidents.preview.title')} data-testid="grade-preview">
      <Flex align="center" gap={8} wrap style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('accidents.preview.title')}</Typography.Text>
        <GradeTag grade={preview.grade} />
      </Flex>
      <Typography.Paragraph style={{ marginBottom: 8 }} data-testid="grade-reason">
        {preview.deciding.length === 0
          ? t('accidents.preview.ordinary')
          : preview.deciding
              .map((c) =>
                t('accidents.preview.decided', {
                  figure: figure(c),
                  rule: t(`accidents.rule.${c}.${preview.grade}`),
                  grade: t(`accident.grade.${preview.grade}`),
                }),
              )
              .join(t('accidents.preview.and'))}
        {t('accidents.preview.basis')}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={GRADE_CRITERIA.map((c) => ({
          key: c,
          label: t(`accidents.criterion.${c}`),
          children: (
            <Space size={8} wrap>
              <span>{figure(c)}</span>
              <GradeTag grade={preview.byCriterion[c]} />
              {preview.deciding.includes(c) ? (
                <Typography.Text type="danger">{t('accidents.preview.deciding')}</Typography.Text>
              ) : null}
            </Space>
          ),
        }))}
      />
      {missing > 0 ? (
        <Typography.Paragraph type="warning" style={{ margin: '8px 0 0' }}>
          {preview.missingCountedAsDead
            ? t('accidents.preview.missingCounted', { missing, days: preview.windowDays })
            : t('accidents.preview.missingPending', { missing, days: preview.windowDays })}
        </Typography.Paragraph>
      ) : null}
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {t('accidents.preview.chain', {
          chain: reportChain(preview.grade)
            .map((level) => t(`accident.reportLevel.${level}`))
            .join(' → '),
          investigator: t(`accident.reportLevel.${investigatingLevel(preview.grade)}`),
        })}
      </Typography.Paragraph>
    </section>
  );
}
