import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ACCIDENT_GRADES, ACCIDENT_SECTOR_CODES } from '@redline/domain';
import { Button, Empty, Form, Select } from 'antd';
import { useI18n } from '../../app/i18n/locale-context';
import styles from './indicators.module.css';

const KINDS = ['accident_grade', 'deaths_over_cap'] as const;

/** The one-vote-veto rules as a list: a rule's kind, and for a grade rule its floor and (optionally) its sectors. */
export function VetoRulesField({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  return (
    <Form.List name="vetoRules">
      {(fields, { add, remove }) => (
        <div className={styles.vetoList}>
          {fields.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('accidentIndicators.noVeto')} />
          ) : null}
          {fields.map((field, index) => (
            <div key={field.key} className={styles.vetoRule} data-testid="veto-rule">
              <Form.Item
                name={[field.name, 'kind']}
                label={t('accidentIndicators.vetoKind')}
                className={styles.vetoKind}
                rules={[{ required: true, message: t('accidentIndicators.chooseKind') }]}
              >
                <Select
                  options={KINDS.map((kind) => ({ value: kind, label: t(`accidentIndicators.vetoKind.${kind}`) }))}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
              <Form.Item noStyle dependencies={[['vetoRules', field.name, 'kind']]}>
                {({ getFieldValue }) =>
                  getFieldValue(['vetoRules', field.name, 'kind']) === 'accident_grade' ? (
                    <>
                      <Form.Item
                        name={[field.name, 'atLeast']}
                        label={t('accidentIndicators.atLeast')}
                        rules={[{ required: true, message: t('accidentIndicators.chooseGrade') }]}
                      >
                        <Select
                          options={ACCIDENT_GRADES.map((g) => ({ value: g, label: t(`accident.grade.${g}`) }))}
                          popupMatchSelectWidth={false}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'sectors']}
                        label={t('accidentIndicators.vetoSectors')}
                        className={styles.vetoSectors}
                      >
                        <Select
                          mode="multiple"
                          allowClear
                          placeholder={t('accidentIndicators.allSectors')}
                          options={ACCIDENT_SECTOR_CODES.map((s) => ({ value: s, label: t(`accident.sector.${s}`) }))}
                        />
                      </Form.Item>
                    </>
                  ) : null
                }
              </Form.Item>
              {editable ? (
                <Button
                  icon={<DeleteOutlined />}
                  danger
                  aria-label={t('accidentIndicators.removeVeto', { n: index + 1 })}
                  title={t('accidentIndicators.removeVeto', { n: index + 1 })}
                  onClick={() => remove(field.name)}
                  className={styles.vetoRemove}
                />
              ) : null}
            </div>
          ))}
          {editable ? (
            <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'accident_grade', atLeast: 'large' })}>
              {t('accidentIndicators.addVeto')}
            </Button>
          ) : null}
        </div>
      )}
    </Form.List>
  );
}
