import type { TGrid } from '@redline/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useRef, useState } from 'react';
import { useI18n } from '../../app/i18n/locale-context';
import { useDebounced } from '../hazards/use-debounced';
import { accountKeys, searchGrids } from './api';

type Props = {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  'aria-describedby'?: string;
};

/** Picks grids in the administrator's scope by name or code (GET /grids?q=, as the user types). */
export function GridSelect({ id, value, onChange, ...rest }: Props) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  // Grids seen in any answer, so a chosen grid keeps its name when the next search no longer lists it.
  const seen = useRef(new Map<string, TGrid>());
  const found = useQuery({
    queryKey: accountKeys.gridSearch(q),
    queryFn: ({ signal }) => searchGrids(q, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  for (const g of found.data?.items ?? []) seen.current.set(g.code, g);
  const label = (g: TGrid) => `${g.villageName} ${g.name}（${g.code}）`;
  const options = (found.data?.items ?? []).map((g) => ({ value: g.code, label: label(g) }));
  for (const code of value ?? []) {
    if (options.some((o) => o.value === code)) continue;
    const grid = seen.current.get(code);
    options.unshift({ value: code, label: grid ? label(grid) : code });
  }
  return (
    <Select
      id={id}
      aria-describedby={rest['aria-describedby']}
      mode="multiple"
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value ?? []}
      onChange={(next: string[]) => {
        onChange?.(next);
        setSearch('');
      }}
      loading={found.isFetching}
      placeholder={t('accounts.gridSearch')}
      options={options}
      notFoundContent={found.isFetching ? t('state.loading') : t('accounts.noGrid')}
    />
  );
}
