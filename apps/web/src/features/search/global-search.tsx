import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Grid, Input, Modal, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n/locale-context';
import styles from './global-search.module.css';
import { searchOptions } from './search-options';
import { listPathFor, normalizeQuery } from './search-target';
import { useGlobalSearch } from './use-global-search';

/** The search box of every screen: a hazard number, an enterprise's name or credit code. */
function SearchBox({ inDialog, onDone }: { inDialog?: boolean; onDone?: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const found = useGlobalSearch(text);
  const go = (path: string) => {
    setText('');
    onDone?.();
    navigate(path);
  };
  const submit = (value: string) => {
    const q = normalizeQuery(value);
    if (!q) return;
    go(listPathFor(q, { hazards: found.hazards?.total ?? 0, enterprises: found.enterprises?.total ?? 0 }));
  };
  const options = searchOptions(found, t);
  const empty = found.searching ? (
    <Spin size="small" />
  ) : found.error ? (
    <Typography.Text type="danger">
      {found.error instanceof Error ? found.error.message : t('error.unexpected')}
    </Typography.Text>
  ) : found.q ? (
    t('search.none')
  ) : null;
  return (
    <div className={styles.wrap}>
      <AutoComplete
        className={styles.box}
        value={text}
        options={options}
        onChange={setText}
        onSelect={(path: string) => go(path)}
        notFoundContent={empty}
        popupMatchSelectWidth={inDialog ? true : 360}
        defaultActiveFirstOption={false}
      >
        <Input.Search
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          allowClear
          autoFocus={inDialog}
          onSearch={(value, _event, info) => {
            if (info?.source !== 'clear') submit(value);
          }}
        />
      </AutoComplete>
    </div>
  );
}

/** In the header: the box itself on a wide screen, a search button that opens it on a phone. */
export function GlobalSearch() {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const [open, setOpen] = useState(false);
  if (screens.md !== false) return <SearchBox />;
  return (
    <>
      <Button type="text" icon={<SearchOutlined />} aria-label={t('search.label')} onClick={() => setOpen(true)} />
      <Modal open={open} title={t('search.label')} footer={null} onCancel={() => setOpen(false)} destroyOnHidden>
        <SearchBox inDialog onDone={() => setOpen(false)} />
      </Modal>
    </>
  );
}
