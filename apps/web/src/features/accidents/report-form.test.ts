import { ACCIDENT_REPORT_ITEMS } from '@redline/contracts';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  instantOfWallTime,
  previewGrade,
  REPORT_ITEMS,
  reportBodyOf,
  supplementBodyOf,
  wallTimeOf,
} from './report-form';

describe('times in Beijing', () => {
  it('sends a picked wall time as Beijing time, whatever the zone of the machine', () => {
    expect(instantOfWallTime(dayjs('2026-03-05 14:20'))).toBe('2026-03-05T14:20:00+08:00');
    expect(instantOfWallTime(null)).toBeNull();
  });

  it('shows an instant as the Beijing wall time the picker holds', () => {
    expect(wallTimeOf('2026-03-05T06:20:00Z')).toBe('2026-03-05 14:20');
    expect(wallTimeOf(new Date('2026-03-04T16:30:00Z'))).toBe('2026-03-05 00:30');
  });
});

describe('reportBodyOf', () => {
  const full = {
    title: '  某公司“3·5”高处坠落事故 ',
    occurredAt: dayjs('2026-03-05 14:20'),
    learnedAt: dayjs('2026-03-05 14:50'),
    regionCode: '140525',
    locationText: '二号车间',
    enterpriseId: 'f1c0e6a4-3c1b-4a7e-9f57-5a1b2c3d4e5f',
    sector: 'construction',
    categoryCode: '09',
    industryCode: ' e4790 ',
    deaths: 3,
    missing: 1,
    seriousInjuries: 2,
    minorInjuries: null,
    directLossCny: 1_250_000.5,
    unitOverview: '',
    sceneSituation: '脚手架坍塌',
    briefCourse: '经过',
    casualtyNote: '   ',
    measuresTaken: '已救援',
    otherMatters: undefined,
    reporterName: '张三',
    reporterUnit: '市应急管理局',
    reporterPhone: '',
  };

  it('maps the form to POST /accidents: trimmed text, empty optional text as null, empty counts as 0', () => {
    expect(reportBodyOf(full)).toEqual({
      title: '某公司“3·5”高处坠落事故',
      occurredAt: '2026-03-05T14:20:00+08:00',
      learnedAt: '2026-03-05T14:50:00+08:00',
      locationText: '二号车间',
      regionCode: '140525',
      enterpriseId: 'f1c0e6a4-3c1b-4a7e-9f57-5a1b2c3d4e5f',
      sector: 'construction',
      categoryCode: '09',
      industryCode: 'E4790',
      deaths: 3,
      missing: 1,
      seriousInjuries: 2,
      minorInjuries: 0,
      directLossCny: 1_250_000.5,
      unitOverview: null,
      sceneSituation: '脚手架坍塌',
      briefCourse: '经过',
      casualtyNote: null,
      measuresTaken: '已救援',
      otherMatters: null,
      reporterName: '张三',
      reporterUnit: '市应急管理局',
      reporterPhone: null,
    });
  });

  it('sends no enterprise and no industry code when none was chosen', () => {
    const body = reportBodyOf({ ...full, enterpriseId: undefined, industryCode: '' });
    expect(body.enterpriseId).toBeNull();
    expect(body.industryCode).toBeNull();
  });

  it('sends the six report items of Decree 493 Art. 12 that the contracts name', () => {
    expect([...REPORT_ITEMS]).toEqual([...ACCIDENT_REPORT_ITEMS]);
    for (const item of REPORT_ITEMS) expect(reportBodyOf(full)).toHaveProperty(item);
  });
});

describe('supplementBodyOf', () => {
  it('sends the figures as they now stand with the version seen and the note', () => {
    expect(supplementBodyOf(4, { deaths: 10, missing: 0, seriousInjuries: 3, note: ' 2 人抢救无效死亡 ' })).toEqual({
      version: 4,
      deaths: 10,
      missing: 0,
      seriousInjuries: 3,
      minorInjuries: 0,
      directLossCny: 0,
      note: '2 人抢救无效死亡',
    });
  });
});

describe('previewGrade (Decree 493 Art. 3)', () => {
  const now = new Date('2026-03-05T08:00:00Z');
  const zero = { deaths: 0, missing: 0, seriousInjuries: 0, minorInjuries: 0, directLossCny: 0 };

  it('takes 3 deaths as 较大, decided by the deaths', () => {
    const p = previewGrade({ ...zero, deaths: 3 }, now, 'construction', now);
    expect(p.grade).toBe('large');
    expect(p.deciding).toEqual(['deaths']);
  });

  it('takes 10 deaths as 重大 and names every criterion at that grade', () => {
    const p = previewGrade({ ...zero, deaths: 10, seriousInjuries: 60 }, now, 'construction', now);
    expect(p.grade).toBe('major');
    expect(p.deciding).toEqual(['deaths', 'seriousInjuries']);
  });

  it('lets the direct loss alone decide: 1 亿元 is 特别重大', () => {
    const p = previewGrade({ ...zero, deaths: 1, directLossCny: 100_000_000 }, now, 'fire', now);
    expect(p.grade).toBe('extraordinary');
    expect(p.deciding).toEqual(['directLoss']);
    expect(p.values.directLoss).toBe(100_000_000);
  });

  it('names no deciding criterion for 一般 (none reaches 较大)', () => {
    const p = previewGrade({ ...zero, deaths: 2, seriousInjuries: 9 }, now, 'construction', now);
    expect(p.grade).toBe('ordinary');
    expect(p.deciding).toEqual([]);
  });

  it('counts the missing as dead only once the window has closed (Art. 13: 30 days, 7 for road and fire)', () => {
    const occurred = new Date('2026-02-01T00:00:00Z');
    const open = previewGrade(
      { ...zero, deaths: 2, missing: 1 },
      occurred,
      'construction',
      new Date('2026-02-20T00:00:00Z'),
    );
    expect(open.grade).toBe('ordinary');
    expect(open.missingCountedAsDead).toBe(false);
    expect(open.windowDays).toBe(30);
    const road = previewGrade(
      { ...zero, deaths: 2, missing: 1 },
      occurred,
      'road_traffic',
      new Date('2026-02-08T00:00:00Z'),
    );
    expect(road.windowDays).toBe(7);
    expect(road.missingCountedAsDead).toBe(true);
    expect(road.values.deaths).toBe(3);
    expect(road.grade).toBe('large');
  });

  it('takes an accident without a time as happening now: the missing are not yet dead', () => {
    const p = previewGrade({ ...zero, missing: 5 }, null, 'road_traffic', now);
    expect(p.missingCountedAsDead).toBe(false);
    expect(p.grade).toBe('ordinary');
  });
});
