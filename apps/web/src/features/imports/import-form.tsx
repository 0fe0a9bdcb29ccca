import { DownloadOutlined, ImportOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Checkbox, Flex, Form, Radio, Upload } from 'antd';
import { type ReactNode, useState } from 'react';
import { useI18n } from '../../app/i18n/locale-context';
import { downloadTemplate } from './api';
import { formatOfFile, type ImportFormat, type ImportKind, MAX_IMPORT_BYTES, templateFormats } from './kinds';

type Props = {
  kinds: ImportKind[];
  kind: ImportKind;
  onKind: (kind: ImportKind) => void;
  file: File | null;
  onFile: (file: File | null) => void;
  partial: boolean;
  onPartial: (partial: boolean) => void;
  onSubmit: () => void;
  busy: boolean;
  /** Fields of the kind itself (the enterprise a register goes to), shown under the kind. */
  children?: ReactNode;
  /** The kind's own fields are not filled in yet. */
  incomplete?: boolean;
};

/** The template links of a kind; a refusal (session over, no right) shows the server's message. */
function TemplateButtons({ kind }: { kind: ImportKind }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const download = useMutation({
    mutationFn: (format: ImportFormat) => downloadTemplate(kind, format, locale),
    onError: (error) => message.error(error instanceof Error ? error.message : String(error)),
  });
  return (
    <Flex wrap gap={8}>
      {templateFormats(kind).map((format) => (
        <Button
          key={format}
          icon={<DownloadOutlined />}
          loading={download.isPending && download.variables === format}
          onClick={() => download.mutate(format)}
        >
          {t(`imports.template.${format}`)}
        </Button>
      ))}
    </Flex>
  );
}

/** Kind, template, file, all-or-nothing or partial, and the import button. */
export function ImportForm(props: Props) {
  const { kinds, kind, onKind, file, onFile, partial, onPartial, onSubmit, busy, children, incomplete } = props;
  const { t } = useI18n();
  const [fileError, setFileError] = useState<string | null>(null);

  function choose(chosen: File) {
    if (!formatOfFile(chosen.name)) setFileError(t('imports.file.type'));
    else if (chosen.size > MAX_IMPORT_BYTES) setFileError(t('imports.file.tooLarge'));
    else {
      setFileError(null);
      onFile(chosen);
      return;
    }
    onFile(null);
  }

  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('imports.kind')}>
        <Radio.Group
          aria-label={t('imports.kind')}
          optionType="button"
          buttonStyle="solid"
          value={kind}
          onChange={(e) => onKind(e.target.value as ImportKind)}
          options={kinds.map((k) => ({ value: k, label: t(`imports.kind.${k}`) }))}
        />
      </Form.Item>
      {children}
      <Form.Item label={t('imports.template')} extra={t('imports.template.hint')}>
        <TemplateButtons kind={kind} />
      </Form.Item>
      <Form.Item
        label={t('imports.file')}
        htmlFor="import-file"
        extra={t('imports.file.hint')}
        validateStatus={fileError ? 'error' : undefined}
        help={fileError ?? undefined}
      >
        <Upload
          id="import-file"
          accept=".xlsx,.csv"
          maxCount={1}
          fileList={file ? [{ uid: 'import-file', name: file.name, size: file.size, status: 'done' }] : []}
          beforeUpload={(chosen) => {
            choose(chosen);
            return false;
          }}
          onRemove={() => {
            onFile(null);
            return true;
          }}
        >
          <Button icon={<UploadOutlined />}>{t('imports.file.choose')}</Button>
        </Upload>
      </Form.Item>
      <Form.Item extra={<span id="import-partial-hint">{t('imports.partial.hint')}</span>}>
        <Checkbox
          checked={partial}
          onChange={(e) => onPartial(e.target.checked)}
          aria-describedby="import-partial-hint"
        >
          {t('imports.partial')}
        </Checkbox>
      </Form.Item>
      <Button type="primary" icon={<ImportOutlined />} disabled={!file || incomplete} loading={busy} onClick={onSubmit}>
        {t('imports.submit')}
      </Button>
    </Form>
  );
}
