import {
  countyPrefix,
  DEPARTMENT_TEMPLATES,
  type DepartmentKind,
  type DepartmentTemplate,
} from './department-templates';
import { CITY_ROW, COUNTY_ROWS, type CountyRow } from './region-table';

export type { DepartmentKind } from './department-templates';

export interface DemoDepartment {
  /** Stable key: `<region code>-<slug>`, e.g. `140525-emergency_management`. */
  key: string;
  name: string;
  regionCode: string;
  kind: DepartmentKind;
}

/** One line of the sector duty map (三管三必须): this department supervises this sector in its region. */
export interface SectorDuty {
  departmentKey: string;
  sectorCode: string;
}

function appliesTo(template: DepartmentTemplate, county: CountyRow): boolean {
  if (county.isDevelopmentZone) return template.inZone === true;
  return template.onlyIn === undefined || template.onlyIn.includes(county.code);
}

export function departmentKey(regionCode: string, slug: string): string {
  return `${regionCode}-${slug}`;
}

function build(): { departments: DemoDepartment[]; sectorDuties: SectorDuty[] } {
  const departments: DemoDepartment[] = [];
  const sectorDuties: SectorDuty[] = [];
  const add = (template: DepartmentTemplate, regionCode: string, name: string): void => {
    const key = departmentKey(regionCode, template.slug);
    departments.push({ key, name, regionCode, kind: template.kind });
    for (const sectorCode of template.sectors) sectorDuties.push({ departmentKey: key, sectorCode });
  };
  for (const template of DEPARTMENT_TEMPLATES) add(template, CITY_ROW.code, `${CITY_ROW.name}${template.cityName}`);
  for (const county of COUNTY_ROWS) {
    for (const template of DEPARTMENT_TEMPLATES) {
      if (!appliesTo(template, county)) continue;
      add(template, county.code, template.countyName?.(county) ?? `${countyPrefix(county)}${template.cityName}`);
    }
  }
  return { departments, sectorDuties };
}

const built = build();

/** Departments of the city and of every county-level region, each region's 安委办 first. */
export const departments: ReadonlyArray<DemoDepartment> = built.departments;

/** The sector duty map (三管三必须) per region. */
export const sectorDuties: ReadonlyArray<SectorDuty> = built.sectorDuties;

/** Sectors a department supervises, in duty-map order. */
export function sectorsOfDepartment(key: string): string[] {
  return sectorDuties.filter((duty) => duty.departmentKey === key).map((duty) => duty.sectorCode);
}
