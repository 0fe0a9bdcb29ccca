import type { TRegion } from '@redline/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/locale-context';
import { getRegion, listChildRegions, listRootRegions, regionKeys } from '../regions/api';

type Node = { id: string; pId: string | null; value: string; title: string; isLeaf: boolean };

const nodeOf = (region: TRegion, parent: string | null): Node => ({
  id: region.code,
  pId: parent,
  value: region.code,
  title: region.name,
  isLeaf: region.childCount === 0,
});

type Props = {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  style?: React.CSSProperties;
};

/**
 * A region picker inside the account's scope: its scope roots first, each region's children loaded when opened.
 * The chosen region's name is looked up when it comes from a link, before its branch has been opened.
 */
export function RegionTreeSelect({ id, value, onChange, placeholder, style }: Props) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const roots = useQuery({ queryKey: regionKeys.roots, queryFn: ({ signal }) => listRootRegions(signal) });
  const [children, setChildren] = useState<Node[]>([]);
  const selected = useQuery({
    queryKey: regionKeys.one(value ?? ''),
    queryFn: ({ signal }) => getRegion(value ?? '', signal),
    enabled: Boolean(value),
    staleTime: 10 * 60_000,
  });

  const nodes = [...(roots.data?.items.map((r) => nodeOf(r, null)) ?? []), ...children];
  const label = (value && nodes.find((n) => n.value === value)?.title) || selected.data?.name || value;

  async function loadData(node: { value?: string | number }) {
    const code = String(node.value);
    if (children.some((n) => n.pId === code)) return;
    const page = await queryClient.fetchQuery({
      queryKey: regionKeys.children(code),
      queryFn: ({ signal }) => listChildRegions(code, signal),
    });
    setChildren((prev) => [...prev.filter((n) => n.pId !== code), ...page.items.map((r) => nodeOf(r, code))]);
  }

  return (
    <TreeSelect
      id={id}
      allowClear
      treeDataSimpleMode
      treeData={nodes}
      loadData={loadData}
      loading={roots.isPending}
      labelInValue
      value={value ? { value, label } : undefined}
      onChange={(next: { value: string; label?: React.ReactNode } | undefined) => onChange?.(next?.value)}
      placeholder={placeholder ?? t('hazards.allRegions')}
      style={style}
      popupMatchSelectWidth={false}
      notFoundContent={roots.isError ? t('state.error') : t('state.empty')}
    />
  );
}
