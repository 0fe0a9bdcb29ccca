import { describe, expect, it } from 'vitest';
import {
  chosenKind,
  formatOfFile,
  importKindsFor,
  importUrl,
  rowCountOf,
  rowErrorsOf,
  templateFormats,
  templateUrl,
} from './kinds';

describe('importKindsFor: the access lists of docs/API.md', () => {
  it('gives the admin enterprises, people and registers but not the hazard ledger (an admin does not report hazards)', () => {
    expect(importKindsFor(['admin'])).toEqual(['enterprises', 'people', 'risk_register']);
  });

  it('gives each role what its routes allow', () => {
    expect(importKindsFor(['safety_office'])).toEqual(['enterprises', 'people', 'hazards']);
    expect(importKindsFor(['town_officer'])).toEqual(['enterprises', 'people', 'hazards']);
    expect(importKindsFor(['inspector'])).toEqual(['enterprises', 'hazards']);
    expect(importKindsFor(['grid_worker'])).toEqual(['hazards']);
    expect(importKindsFor(['enterprise_user'])).toEqual(['hazards', 'risk_register']);
    expect(importKindsFor(['leader'])).toEqual([]);
    expect(importKindsFor(['leader', 'admin'])).toEqual(['enterprises', 'people', 'risk_register']);
  });
});

describe('chosenKind', () => {
  it('keeps the URL’s kind only when the account may use it', () => {
    expect(chosenKind('people', ['enterprises', 'people'])).toBe('people');
    expect(chosenKind('hazards', ['enterprises', 'people'])).toBe('enterprises');
    expect(chosenKind(null, ['hazards'])).toBe('hazards');
    expect(chosenKind('people', [])).toBeNull();
  });
});

describe('template and import addresses', () => {
  it('offers .xlsx and .csv templates, the ledger .xlsx only', () => {
    expect(templateFormats('people')).toEqual(['xlsx', 'csv']);
    expect(templateFormats('hazards')).toEqual(['xlsx']);
    expect(templateUrl('enterprises', 'csv')).toBe('/api/v1/imports/enterprises/template.csv');
    expect(templateUrl('hazards', 'xlsx')).toBe('/api/v1/hazards/import-template.xlsx');
  });

  it('names the format and asks for partial only when chosen', () => {
    expect(importUrl('enterprises', 'csv', false)).toBe('/api/v1/imports/enterprises?format=csv');
    expect(importUrl('people', 'xlsx', true)).toBe('/api/v1/imports/people?format=xlsx&partial=true');
    expect(importUrl('hazards', 'xlsx', true)).toBe('/api/v1/hazards/import?format=xlsx&partial=true');
  });

  it('names the enterprise of a register import, and only of that kind', () => {
    const id = '0b6f3f1e-7a39-4d5e-9c6b-2f1f8c0d1e2a';
    expect(importUrl('risk_register', 'xlsx', false, id)).toBe(
      `/api/v1/imports/risk_register?format=xlsx&enterpriseId=${id}`,
    );
    expect(importUrl('risk_register', 'xlsx', false)).toBe('/api/v1/imports/risk_register?format=xlsx');
    expect(importUrl('people', 'xlsx', false, id)).toBe('/api/v1/imports/people?format=xlsx');
    expect(templateUrl('risk_register', 'xlsx')).toBe('/api/v1/imports/risk_register/template.xlsx');
  });

  it('reads the format from the file name, whatever its case', () => {
    expect(formatOfFile('企业.XLSX')).toBe('xlsx');
    expect(formatOfFile('people.csv')).toBe('csv');
    expect(formatOfFile('old.xls')).toBeNull();
    expect(formatOfFile('noextension')).toBeNull();
  });
});

describe('rowErrorsOf: the details of 400 IMPORT.INVALID_ROWS', () => {
  const error = { row: 3, column: '统一社会信用代码', value: 'X', code: 'USCC.CHECK_MISMATCH', message: '校验位错误' };

  it('keeps well-formed row errors and drops anything else', () => {
    expect(rowErrorsOf([error, { path: 'name', message: 'x' }, null])).toEqual([error]);
    expect(rowErrorsOf({ field: 'username' })).toEqual([]);
    expect(rowErrorsOf(undefined)).toEqual([]);
  });

  it('counts distinct rows', () => {
    expect(rowCountOf([error, { ...error, column: '企业名称' }, { ...error, row: 5 }])).toBe(2);
  });
});
