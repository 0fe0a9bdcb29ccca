import { parseArgs } from 'node:util';
import { ZAccidentSector, ZControlIndicatorParams, ZControlIndicatorsInput } from '@redline/contracts';
import { getIndicators, putIndicators } from '@redline/server/features/accidents/settings';
import { parseInput } from '@redline/server/http/validate';
import { type Command, out, UsageError } from '../command';
import { withRuntime } from '../runtime';
import { AS_OPTION, AS_USAGE, actorCtx, label, numberArg, say } from './accident-cli';

const USAGE =
  'indicators set REGION_CODE YEAR [--death-cap N|none] [--sector-cap SECTOR=N[,SECTOR=N…]] [--gdp 亿元|none] ' +
  `[--employees N|none] [--vehicles N|none] [--coal MILLION_TONNES|none] ${AS_USAGE}`;

/** `coal_mine=2,road_traffic=5` → { coal_mine: 2, road_traffic: 5 }; `none` clears them. */
function sectorCaps(value: string | undefined): Record<string, number> | undefined {
  if (value === undefined) return undefined;
  if (value === 'none') return {};
  const caps: Record<string, number> = {};
  for (const part of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [sector = '', n] = part.split('=');
    if (!ZAccidentSector.safeParse(sector.trim()).success) {
      throw new UsageError(`--sector-cap: unknown sector "${sector}" (${ZAccidentSector.options.join(', ')})`);
    }
    caps[sector.trim()] = numberArg(`--sector-cap ${sector}`, n ?? '') as number;
  }
  return caps;
}

/**
 * Sets a region's control indicators for a year (PUT /control-indicators/:regionCode/:year): the death cap, per-sector
 * caps and the denominators of the four rates. Options not given keep their current value; `none` clears one.
 */
export const indicatorsSet: Command = {
  name: 'indicators set',
  usage: USAGE,
  summary: 'Set a region’s control indicators for a year: death caps and the four rates’ denominators (others kept)',
  run: async (args) => {
    const { values, positionals } = parseArgs({
      args,
      options: {
        'death-cap': { type: 'string' },
        'sector-cap': { type: 'string' },
        gdp: { type: 'string' },
        employees: { type: 'string' },
        vehicles: { type: 'string' },
        coal: { type: 'string' },
        ...AS_OPTION,
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 2) throw new UsageError('expects a REGION_CODE and a YEAR');
    const params = parseInput(ZControlIndicatorParams, { regionCode: positionals[0], year: positionals[1] }, 'params');
    const given = {
      deathCap: numberArg('--death-cap', values['death-cap'], true),
      sectorCaps: sectorCaps(values['sector-cap']),
      gdpYi: numberArg('--gdp', values.gdp, true),
      employees: numberArg('--employees', values.employees, true),
      motorVehicles: numberArg('--vehicles', values.vehicles, true),
      coalOutputMt: numberArg('--coal', values.coal, true),
    };
    if (Object.values(given).every((v) => v === undefined)) throw new UsageError('give at least one indicator to set');
    return withRuntime(async (rt) => {
      const ctx = await actorCtx(rt, values.as);
      const current = await getIndicators(ctx, params.regionCode, params.year);
      const merged = {
        deathCap: current.deathCap,
        sectorCaps: current.sectorCaps,
        gdpYi: current.gdpYi,
        employees: current.employees,
        motorVehicles: current.motorVehicles,
        coalOutputMt: current.coalOutputMt,
        ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)),
      };
      const saved = await putIndicators(
        ctx,
        params.regionCode,
        params.year,
        parseInput(ZControlIndicatorsInput, merged, 'body'),
      );
      const l = ctx.locale;
      const v = (n: number | null | undefined) => (n === null || n === undefined ? '—' : String(n));
      const caps = Object.entries(saved.sectorCaps)
        .map(([s, n]) => `${label(l, `accident.sector.${s}`)} ${n}`)
        .join(l === 'zh-CN' ? '、' : ', ');
      out(
        say(
          l,
          `已设置 ${saved.regionCode} ${saved.year} 年控制指标：死亡人数 ${v(saved.deathCap)}${caps ? `（${caps}）` : ''}；GDP ${v(saved.gdpYi)} 亿元；工矿商贸从业人员 ${v(saved.employees)}；机动车 ${v(saved.motorVehicles)} 辆；原煤产量 ${v(saved.coalOutputMt)} 百万吨。`,
          `Set the ${saved.year} indicators of ${saved.regionCode}: death cap ${v(saved.deathCap)}${caps ? ` (${caps})` : ''}; GDP ${v(saved.gdpYi)} (100 million CNY); workers ${v(saved.employees)}; vehicles ${v(saved.motorVehicles)}; coal ${v(saved.coalOutputMt)} Mt.`,
        ),
      );
      return 0;
    });
  },
};
