import { describe, expect, it } from 'vitest';
import { missingReportLevels, reportChain, reportSteps, topReportLevel } from './reporting';

const AT = new Date('2026-03-10T02:30:00.000Z');
const H = 3_600_000;
const at = (hours: number) => new Date(AT.getTime() + hours * H);

// Decree 493 Art. 9–11: domain-reference.md §1.3.
describe('how far up a grade is reported (Decree 493 Art. 10)', () => {
  it.each([
    ['ordinary', 'city', ['county', 'city']],
    ['large', 'province', ['county', 'city', 'province']],
    ['major', 'state', ['county', 'city', 'province', 'state']],
    ['extraordinary', 'state', ['county', 'city', 'province', 'state']],
  ] as const)('%s → up to %s', (grade, top, chain) => {
    expect(topReportLevel(grade)).toBe(top);
    expect(reportChain(grade)).toEqual(chain);
  });

  it('a grade that rises adds the missing steps, and only those', () => {
    expect(missingReportLevels(['county', 'city'], 'major')).toEqual(['province', 'state']);
    expect(missingReportLevels(['county', 'city', 'province'], 'large')).toEqual([]);
  });
});

describe('deadlines: the unit within 1 hour (Art. 9), each level within 2 hours (Art. 11)', () => {
  it('on time at every level: each deadline runs from the report to it', () => {
    const steps = reportSteps('large', AT, { county: at(0.5), city: at(2), province: at(4) }, at(5));
    expect(steps.map((s) => [s.level, s.deadline, s.late])).toEqual([
      ['county', at(1), false],
      ['city', at(2.5), false],
      ['province', at(4), false],
    ]);
  });

  it('a report one minute after its deadline is late (迟报), one exactly at it is not', () => {
    const late = reportSteps('ordinary', AT, { county: new Date(at(1).getTime() + 60_000) }, at(1.5));
    expect(late[0]).toMatchObject({ level: 'county', late: true });
    const onTime = reportSteps('ordinary', AT, { county: at(1) }, at(1.5));
    expect(onTime[0]?.late).toBe(false);
  });

  it('a step not reported is late once its deadline has passed; the next runs from the missed deadline', () => {
    const steps = reportSteps('ordinary', AT, {}, at(1.5));
    expect(steps[0]).toMatchObject({ level: 'county', reportedAt: null, late: true });
    expect(steps[1]).toMatchObject({ level: 'city', deadline: at(3), late: false });
  });

  it('a late county report moves the city’s deadline with it', () => {
    const steps = reportSteps('ordinary', AT, { county: at(2) }, at(2));
    expect(steps[0]?.late).toBe(true);
    expect(steps[1]?.deadline).toEqual(at(4));
  });

  it('a level added when the grade rises gets its 2 hours from the rise, not from the long-past chain (Art. 11, 13)', () => {
    // 较大 reported on time; ten days later a supplementary report makes it 重大: the State Council step is added.
    const rise = at(240);
    const steps = reportSteps('major', AT, { county: at(0.5), city: at(2), province: at(3) }, rise, { state: rise });
    expect(steps.map((s) => s.level)).toEqual(['county', 'city', 'province', 'state']);
    expect(steps[3]).toMatchObject({ deadline: at(242), late: false });
    expect(
      reportSteps('major', AT, { county: at(0.5), city: at(2), province: at(3) }, at(242.01), { state: rise })[3]?.late,
    ).toBe(true);
  });
});
