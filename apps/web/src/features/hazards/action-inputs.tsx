import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Form, Select } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../app/i18n/locale-context';
import { useAccount } from '../auth/session';
import { getRegion, regionKeys } from '../regions/api';
import {
  type HazardDetail,
  hazardKeys,
  listDepartments,
  listHazardStandards,
  listSectorDuties,
  searchOpenHazards,
} from './api';
import { useDebounced } from './use-debounced';

type ControlProps<T> = { id?: string; value?: T; onChange?: (value: T | undefined) => void };

/**
 * Departments a case can be handed to (`department:<id>`): those in the account's scope (GET /departments) and the
 * departments that supervise the hazard's region by sector (GET /sector-duties), which a town account needs since
 * its county's departments lie above its scope. The department for the hazard's own sector comes first.
 */
export function DepartmentUnitSelect({ id, value, onChange, hazard }: ControlProps<string> & { hazard: HazardDetail }) {
  const { t, locale } = useI18n();
  const departments = useQuery({
    queryKey: hazardKeys.departments,
    queryFn: ({ signal }) => listDepartments(signal),
    staleTime: 10 * 60_000,
  });
  const duties = useQuery({
    queryKey: hazardKeys.duties(hazard.regionCode),
    queryFn: ({ signal }) => listSectorDuties(hazard.regionCode, signal),
    staleTime: 10 * 60_000,
  });
  const byId = new Map<string, { label: string; first: boolean }>();
  for (const d of duties.data ?? []) {
    const first = d.sectorCode === hazard.sectorCode;
    const known = byId.get(d.departmentId);
    byId.set(d.departmentId, { label: d.departmentName, first: first || Boolean(known?.first) });
  }
  for (const d of departments.data?.items ?? []) {
    if (!byId.has(d.id)) byId.set(d.id, { label: `${d.name}（${d.regionName}）`, first: false });
  }
  const options = [...byId.entries()]
    .sort(([, a], [, b]) => Number(b.first) - Number(a.first) || a.label.localeCompare(b.label, locale))
    .map(([deptId, d]) => ({
      value: `department:${deptId}`,
      label: d.first ? `${d.label} · ${t('hazards.unit.sectorSupervisor')}` : d.label,
    }));
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ optionFilterProp: 'label' }}
      loading={departments.isPending || duties.isPending}
      placeholder={t('hazards.pickDepartment')}
      options={options}
      notFoundContent={t('hazards.noDepartment')}
    />
  );
}

/** The unit that lists a major hazard for supervision: the account's own region office, or a department. */
export function ListedUnitSelect({ id, value, onChange }: ControlProps<string>) {
  const { t } = useI18n();
  const account = useAccount();
  const regionCode = account.scope.kind === 'region' ? account.scope.regionCode : null;
  const region = useQuery({
    queryKey: regionKeys.one(regionCode ?? ''),
    queryFn: ({ signal }) => getRegion(regionCode ?? '', signal),
    enabled: Boolean(regionCode),
    staleTime: 10 * 60_000,
  });
  const departments = useQuery({
    queryKey: hazardKeys.departments,
    queryFn: ({ signal }) => listDepartments(signal),
    staleTime: 10 * 60_000,
  });
  const options = [
    ...(regionCode && region.data
      ? [{ value: `region:${regionCode}`, label: t('hazards.unit.regionOffice', { name: region.data.name }) }]
      : []),
    ...(departments.data?.items ?? []).map((d) => ({ value: `department:${d.id}`, label: d.name })),
  ];
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ optionFilterProp: 'label' }}
      loading={region.isFetching || departments.isPending}
      placeholder={t('hazards.pickUnit')}
      options={options}
    />
  );
}

/** Another open hazard in scope, found by number or title (GET /hazards?q=), as the survivor of a merge. */
export function MergeTargetSelect({ id, value, onChange, selfId }: ControlProps<string> & { selfId: string }) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const found = useQuery({
    queryKey: hazardKeys.search(q),
    queryFn: ({ signal }) => searchOpenHazards(q, signal),
    placeholderData: keepPreviousData,
  });
  const options = (found.data?.items ?? [])
    .filter((h) => h.id !== selfId)
    .map((h) => ({ value: h.id, label: `${h.number} ${h.title}` }));
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      placeholder={t('hazards.searchHazard')}
      options={options}
      notFoundContent={found.isFetching ? t('state.loading') : t('hazards.noHazard')}
    />
  );
}

/**
 * The determination basis of a major hazard: a standard of the catalogue for the hazard's sector
 * (GET /hazard-standards?sector=) and one of its articles. Named `fields.determinationBasis.standard|article`.
 */
export function DeterminationBasisInputs({ sectorCode, required }: { sectorCode: string | null; required: boolean }) {
  const { t, locale } = useI18n();
  const form = Form.useFormInstance();
  const standard = Form.useWatch(['fields', 'determinationBasis', 'standard'], form) as string | undefined;
  const standards = useQuery({
    queryKey: hazardKeys.standards(sectorCode),
    queryFn: ({ signal }) => listHazardStandards(sectorCode, signal),
    staleTime: 60 * 60_000,
  });
  // A sector without a standard of its own may still be determined by any standard of the catalogue.
  const everything = useQuery({
    queryKey: hazardKeys.standards(null),
    queryFn: ({ signal }) => listHazardStandards(null, signal),
    staleTime: 60 * 60_000,
    enabled: standards.data?.length === 0 && sectorCode !== null,
  });
  const list = standards.data?.length ? standards.data : (everything.data ?? standards.data ?? []);
  const chosen = list.find((s) => s.code === standard);
  const rule = { required, message: t('hazards.required', { field: t('field.determinationBasis') }) };
  return (
    <>
      <Form.Item name={['fields', 'determinationBasis', 'standard']} label={t('hazards.basisStandard')} rules={[rule]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={standards.isPending || everything.isFetching}
          placeholder={t('hazards.pickStandard')}
          options={list.map((s) => ({ value: s.code, label: s.title }))}
          onChange={() => form.setFieldValue(['fields', 'determinationBasis', 'article'], undefined)}
        />
      </Form.Item>
      <Form.Item name={['fields', 'determinationBasis', 'article']} label={t('hazards.basisArticle')} rules={[rule]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          disabled={!chosen}
          placeholder={t('hazards.pickArticle')}
          options={(chosen?.criteria ?? []).map((c) => ({
            value: c.article,
            label: `${c.article} ${locale === 'zh-CN' ? c.zh : c.en}`,
          }))}
          optionRender={(option) => <div style={{ whiteSpace: 'normal' }}>{option.label}</div>}
        />
      </Form.Item>
    </>
  );
}
