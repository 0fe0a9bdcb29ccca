import type { TRegion } from '@redline/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Empty, Tag, Tree, type TreeDataNode } from 'antd';
import { type Key, useEffect, useState } from 'react';
import { useI18n } from '../../app/i18n/locale-context';
import { ErrorState, LoadingState } from '../../app/states/states';
import { listChildRegions, listRootRegions, regionKeys } from './api';

type Props = { selectedCode: string | null; onSelect: (code: string) => void };

/** Lazily loaded region tree: roots first, each node's children when it is expanded (or selected). */
export function RegionTree({ selectedCode, onSelect }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const roots = useQuery({ queryKey: regionKeys.roots, queryFn: ({ signal }) => listRootRegions(signal) });
  const [children, setChildren] = useState<Record<string, TRegion[]>>({});
  const [expanded, setExpanded] = useState<Key[]>([]);

  async function loadChildren(code: string): Promise<void> {
    if (children[code]) return;
    try {
      const page = await queryClient.fetchQuery({
        queryKey: regionKeys.children(code),
        queryFn: ({ signal }) => listChildRegions(code, signal),
      });
      setChildren((prev) => ({ ...prev, [code]: page.items }));
    } catch (error) {
      setExpanded((prev) => prev.filter((k) => k !== code));
      message.error(t('regions.loadFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  // A single root (e.g. the city of a city account) opens by itself.
  const onlyRoot = roots.data?.items.length === 1 ? roots.data.items[0] : undefined;
  useEffect(() => {
    if (onlyRoot && onlyRoot.childCount > 0) setExpanded((prev) => (prev.length ? prev : [onlyRoot.code]));
  }, [onlyRoot]);

  if (roots.isPending) return <LoadingState rows={6} />;
  if (roots.error) return <ErrorState error={roots.error} onRetry={() => void roots.refetch()} />;
  if (roots.data.items.length === 0) return <Empty description={t('regions.empty')} />;

  const toNode = (region: TRegion): TreeDataNode => ({
    key: region.code,
    title: (
      <span>
        <span>{region.name}</span>
        {region.isDevelopmentZone ? (
          <Tag color="gold" style={{ marginInlineStart: 6 }}>
            {t('regions.zone')}
          </Tag>
        ) : null}
      </span>
    ),
    isLeaf: region.childCount === 0,
    children: children[region.code]?.map(toNode),
  });

  return (
    <Tree
      aria-label={t('regions.tree')}
      treeData={roots.data.items.map(toNode)}
      loadData={(node) => loadChildren(String(node.key))}
      loadedKeys={Object.keys(children)}
      expandedKeys={expanded}
      onExpand={(keys) => setExpanded(keys)}
      selectedKeys={selectedCode ? [selectedCode] : []}
      onSelect={(_, info) => {
        const code = String(info.node.key);
        onSelect(code);
        if (!info.node.isLeaf && !expanded.includes(code)) setExpanded((prev) => [...prev, code]);
      }}
      showLine
      blockNode
    />
  );
}
