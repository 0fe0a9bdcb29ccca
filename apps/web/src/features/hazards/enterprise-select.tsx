import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/locale-context';
import { enterpriseKeys, getEnterprise } from '../enterprises/api';
import { hazardKeys, searchEnterprises } from './api';
import { useDebounced } from './use-debounced';

type Props = {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  style?: React.CSSProperties;
  'aria-describedby'?: string;
};

/**
 * Picks an enterprise in the account's scope by name or credit code (GET /enterprises?q=, as the user types). The
 * chosen one's name is looked up when it comes from a link.
 */
export function EnterpriseSelect({ id, value, onChange, placeholder, style, ...rest }: Props) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const found = useQuery({
    queryKey: hazardKeys.enterpriseSearch(q),
    queryFn: ({ signal }) => searchEnterprises(q, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const selected = useQuery({
    queryKey: enterpriseKeys.one(value ?? ''),
    queryFn: ({ signal }) => getEnterprise(value ?? '', signal),
    enabled: Boolean(value),
    staleTime: 10 * 60_000,
  });
  const options = (found.data?.items ?? []).map((e) => ({ value: e.id, label: e.name, uscc: e.uscc }));
  if (value && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: selected.data?.name ?? t('state.loading'), uscc: selected.data?.uscc ?? '' });
  }
  return (
    <Select
      id={id}
      aria-describedby={rest['aria-describedby']}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={(next?: string) => {
        onChange?.(next);
        setSearch('');
      }}
      loading={found.isFetching}
      placeholder={placeholder ?? t('hazards.enterpriseSearch')}
      style={style}
      options={options}
      optionRender={(option) => (
        <div>
          <div style={{ whiteSpace: 'normal' }}>{option.data.label}</div>
          <div style={{ fontSize: 12, color: 'rgb(0 0 0 / 45%)' }}>{option.data.uscc}</div>
        </div>
      )}
      notFoundContent={found.isFetching ? t('state.loading') : t('hazards.noEnterprise')}
    />
  );
}
