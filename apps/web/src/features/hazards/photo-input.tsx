import { CameraOutlined, DeleteOutlined, FileExclamationOutlined, LoadingOutlined } from '@ant-design/icons';
import type { TEvidence, TEvidencePhase } from '@redline/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../app/api-error';
import { useI18n } from '../../app/i18n/locale-context';
import { SESSION_KEY } from '../../app/query-client';
import { useSession } from '../auth/session';
import { uploadEvidence } from './api';
import styles from './hazards.module.css';

type Item = {
  key: number;
  name: string;
  preview: string;
  status: 'uploading' | 'done' | 'error';
  evidence?: TEvidence;
  error?: string;
};

type Props = {
  id?: string;
  phase: TEvidencePhase;
  /** The uploaded photos' evidence ids, in the order chosen. */
  onChange?: (ids: string[]) => void;
  onBusyChange?: (busy: boolean) => void;
  max?: number;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
};

let nextKey = 1;

/**
 * Photos straight from the camera (`capture="environment"` opens the rear camera on a phone; a computer offers a
 * file). Each photo is uploaded to POST /evidence as soon as it is chosen, with a preview, and a refusal (not an
 * image, too large) is shown on that photo with the server's message.
 */
export function PhotoInput({ id, phase, onChange, onBusyChange, max = 9, ...aria }: Props) {
  const { t, locale } = useI18n();
  const session = useSession();
  const queryClient = useQueryClient();
  const [items, setItems] = useState<Item[]>([]);
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const onBusyRef = useRef(onBusyChange);
  onBusyRef.current = onBusyChange;

  const doneIds = items.flatMap((i) => (i.status === 'done' && i.evidence ? [i.evidence.id] : []));
  const idsKey = doneIds.join(',');
  const busy = items.some((i) => i.status === 'uploading');

  useEffect(() => {
    onChangeRef.current?.(idsKey ? idsKey.split(',') : []);
  }, [idsKey]);
  useEffect(() => {
    onBusyRef.current?.(busy);
  }, [busy]);
  // Previews are object URLs: free them when the form goes away.
  useEffect(
    () => () => {
      for (const item of itemsRef.current) URL.revokeObjectURL(item.preview);
    },
    [],
  );

  const patch = (key: number, change: Partial<Item>) =>
    setItems((prev) => prev.map((i) => (i.key === key ? { ...i, ...change } : i)));

  async function upload(item: Item, file: File) {
    try {
      const evidence = await uploadEvidence(file, phase, { csrfToken: session.data?.csrfToken ?? null, locale });
      patch(item.key, { status: 'done', evidence });
    } catch (error) {
      if (isApiError(error) && error.needsSignIn) queryClient.setQueryData(SESSION_KEY, null);
      patch(item.key, { status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  }

  function choose(files: FileList | null) {
    if (!files?.length) return;
    const room = max - itemsRef.current.filter((i) => i.status !== 'error').length;
    const chosen = Array.from(files).slice(0, Math.max(0, room));
    const added = chosen.map<Item>((file) => ({
      key: nextKey++,
      name: file.name,
      preview: URL.createObjectURL(file),
      status: 'uploading',
    }));
    setItems((prev) => [...prev, ...added]);
    for (const [index, item] of added.entries()) void upload(item, chosen[index]!);
  }

  function remove(key: number) {
    const item = itemsRef.current.find((i) => i.key === key);
    if (item) URL.revokeObjectURL(item.preview);
    setItems((prev) => prev.filter((i) => i.key !== key));
  }

  const full = items.filter((i) => i.status !== 'error').length >= max;
  const failed = items.filter((i) => i.status === 'error');
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <label className={`${styles.camera} ${full ? styles.cameraDisabled : ''}`}>
        <CameraOutlined aria-hidden />
        <span>{t('hazards.photo.take', { count: items.length - failed.length, max })}</span>
        <input
          id={id}
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          disabled={full}
          className="redline-visually-hidden"
          aria-describedby={aria['aria-describedby']}
          aria-invalid={aria['aria-invalid']}
          onChange={(event) => {
            choose(event.target.files);
            event.target.value = '';
          }}
        />
      </label>
      {items.length ? (
        <ul
          className={styles.uploads}
          aria-label={t('hazards.photo.chosen')}
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
        >
          {items.map((item) => (
            <li key={item.key} className={`${styles.upload} ${item.status === 'error' ? styles.uploadFailed : ''}`}>
              {item.status === 'error' ? (
                <span className={styles.uploadBroken} aria-hidden="true">
                  <FileExclamationOutlined />
                </span>
              ) : (
                <img src={item.preview} alt={item.name} className={styles.uploadImage} />
              )}
              <span className={styles.uploadStatus}>
                {item.status === 'uploading' ? (
                  <>
                    <LoadingOutlined aria-hidden /> {t('hazards.photo.uploading')}
                  </>
                ) : item.status === 'done' ? (
                  t('hazards.photo.uploaded')
                ) : (
                  t('hazards.photo.failed')
                )}
              </span>
              <Button
                size="small"
                shape="circle"
                icon={<DeleteOutlined />}
                className={styles.uploadRemove}
                aria-label={t('hazards.photo.remove', { name: item.name })}
                onClick={() => remove(item.key)}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {failed.length ? (
        <div role="alert">
          {failed.map((item) => (
            <Typography.Text key={item.key} type="danger" style={{ display: 'block', fontSize: 13 }}>
              {t('hazards.photo.error', { name: item.name, message: item.error ?? '' })}
            </Typography.Text>
          ))}
        </div>
      ) : null}
    </div>
  );
}
