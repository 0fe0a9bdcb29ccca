import { EnvironmentOutlined, FieldTimeOutlined, WarningOutlined } from '@ant-design/icons';
import type { TEvidence } from '@redline/contracts';
import { Col, Empty, Modal, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/locale-context';
import styles from './hazards.module.css';

function Photo({ item, onOpen }: { item: TEvidence; onOpen: (item: TEvidence) => void }) {
  const { t } = useI18n();
  const label = t('hazards.photo.open', { name: item.originalName ?? t(`hazards.phase.${item.phase}`) });
  return (
    <figure className={styles.photo}>
      <button type="button" className={styles.thumbButton} onClick={() => onOpen(item)} aria-label={label}>
        <img
          src={item.thumbnailUrl ?? item.fileUrl}
          alt={item.originalName ?? t(`hazards.phase.${item.phase}`)}
          className={styles.thumb}
          loading="lazy"
        />
      </button>
      <figcaption className={styles.caption}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('hazards.photo.received', { at: formatDateTime(item.receivedAt) })}
        </Typography.Text>
        {item.exifTakenAt ? (
          <Typography.Text style={{ fontSize: 12 }}>
            <FieldTimeOutlined aria-hidden /> {t('hazards.photo.taken', { at: formatDateTime(item.exifTakenAt) })}
          </Typography.Text>
        ) : null}
        {item.exifLat !== null && item.exifLng !== null ? (
          <Typography.Text style={{ fontSize: 12 }}>
            <EnvironmentOutlined aria-hidden />{' '}
            {t('hazards.photo.place', { lng: item.exifLng.toFixed(5), lat: item.exifLat.toFixed(5) })}
          </Typography.Text>
        ) : null}
        {item.reusedOnCases.length > 0 ? (
          <span>
            <Tag color="warning" icon={<WarningOutlined />} style={{ marginInlineEnd: 4 }}>
              {t('hazards.photo.reused')}
            </Tag>
            {item.reusedOnCases.map((c) => (
              <Link key={c.caseId} to={`/hazards/${c.caseId}`} style={{ fontSize: 12, marginInlineEnd: 6 }}>
                {c.number}
              </Link>
            ))}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}

function Column({ title, items, onOpen }: { title: string; items: TEvidence[]; onOpen: (item: TEvidence) => void }) {
  const { t } = useI18n();
  return (
    <section aria-label={title}>
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 0 }}>
        {title}
        <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal', marginInlineStart: 8 }}>
          {t('hazards.photo.count', { count: items.length })}
        </Typography.Text>
      </Typography.Title>
      {items.length ? (
        <div className={styles.photos}>
          {items.map((item) => (
            <Photo key={item.id} item={item} onOpen={onOpen} />
          ))}
        </div>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('hazards.photo.none')} />
      )}
    </section>
  );
}

/** Before- and after-photos side by side (stacked on a phone); a click opens the full image. */
export function EvidenceGallery({ evidence }: { evidence: TEvidence[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<TEvidence | null>(null);
  const before = evidence.filter((e) => e.phase === 'before');
  const after = evidence.filter((e) => e.phase === 'after');
  const other = evidence.filter((e) => e.phase === 'other');
  return (
    <>
      <Row gutter={[24, 16]}>
        <Col xs={24} md={12}>
          <Column title={t('hazards.phase.before')} items={before} onOpen={setOpen} />
        </Col>
        <Col xs={24} md={12}>
          <Column title={t('hazards.phase.after')} items={after} onOpen={setOpen} />
        </Col>
        {other.length ? (
          <Col xs={24}>
            <Column title={t('hazards.phase.other')} items={other} onOpen={setOpen} />
          </Col>
        ) : null}
      </Row>
      <Modal
        open={open !== null}
        onCancel={() => setOpen(null)}
        footer={null}
        width={960}
        title={open?.originalName ?? (open ? t(`hazards.phase.${open.phase}`) : '')}
        closable={{ 'aria-label': t('common.close') }}
        centered
      >
        {open ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <img
              src={open.fileUrl}
              alt={open.originalName ?? t(`hazards.phase.${open.phase}`)}
              className={styles.full}
            />
            <Typography.Text type="secondary">
              {[
                open.width && open.height ? `${open.width} × ${open.height}` : null,
                `${Math.max(1, Math.round(open.sizeBytes / 1024))} KB`,
                `SHA-256 ${open.sha256.slice(0, 16)}…`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
            <a href={open.fileUrl} target="_blank" rel="noreferrer">
              {t('hazards.photo.original')}
            </a>
          </Space>
        ) : null}
      </Modal>
    </>
  );
}
