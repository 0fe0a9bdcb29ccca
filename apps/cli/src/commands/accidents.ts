import { parseArgs } from 'node:util';
import { type Locale, type TAccident, type TAccidentDetail, ZLocalDate } from '@redline/contracts';
import { endOfLocalDate } from '@redline/domain';
import { vetoText } from '@redline/server/features/accidents/export-indicators';
import { getAccident } from '@redline/server/features/accidents/get-accident';
import { listAccidents } from '@redline/server/features/accidents/list';
import { accidentStatistics } from '@redline/server/features/accidents/statistics';
import { type Command, out, UsageError } from '../command';
import { withRuntime } from '../runtime';
import {
  AS_OPTION,
  AS_USAGE,
  accidentId,
  actorCtx,
  FILTER_OPTIONS,
  instantArg,
  label,
  listQuery,
  printTable,
  say,
  when,
} from './accident-cli';
import { accidentsExport } from './accidents-export';
import { accidentsInvestigate, accidentsReport, accidentsStep, accidentsSupplement } from './accidents-write';
import { indicatorsSet } from './indicators';

// The `accidents` command group (and `indicators set`): each command is one entry of ACCIDENT_COMMANDS.

const investigationState = (locale: Locale, state: string | undefined) =>
  state
    ? say(
        locale,
        { investigating: '调查中', report_submitted: '报告待批复', approved: '已批复', closed: '已结案' }[state] ??
          state,
        state.replace('_', ' '),
      )
    : say(locale, '未启动调查', 'none');

const LIST_USAGE =
  'accidents list [--region CODE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--grade GRADE] [--sector SECTOR] ' +
  `[--category 01…20] [--state open|closed] [--q TEXT] [--sort -occurredAt|number|deaths] [--page N] [--limit N] ${AS_USAGE}`;

export const accidentsList: Command = {
  name: 'accidents list',
  usage: LIST_USAGE,
  summary: 'List accidents (filtered like GET /accidents, latest first): number, time, region, grade, casualties',
  run: async (args) => {
    const { values, positionals } = parseArgs({
      args,
      options: { ...FILTER_OPTIONS, page: { type: 'string' }, limit: { type: 'string' }, ...AS_OPTION },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`);
    const query = listQuery(values, values.page, values.limit);
    return withRuntime(async (rt) => {
      const ctx = await actorCtx(rt, values.as);
      const page = await listAccidents(ctx, query);
      const l = ctx.locale;
      printTable(
        [
          say(l, '编号', 'Number'),
          say(l, '发生时间', 'Occurred'),
          say(l, '区划', 'Region'),
          say(l, '事故名称', 'Title'),
          say(l, '行业', 'Sector'),
          say(l, '等级', 'Grade'),
          say(l, '死亡', 'Deaths'),
          say(l, '下落不明', 'Missing'),
          say(l, '重伤', 'Serious'),
          say(l, '调查', 'Investigation'),
        ],
        page.items.map((a: TAccident) => [
          a.number,
          when(a.occurredAt),
          a.regionName,
          a.title,
          label(l, `accident.sector.${a.sector}`),
          label(l, `accident.grade.${a.grade}`),
          a.casualties.deaths,
          a.casualties.missing,
          a.casualties.seriousInjuries,
          investigationState(l, a.investigation?.state),
        ]),
      );
      const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
      out(
        say(
          l,
          `共 ${page.total} 起（第 ${page.page}/${pages} 页）`,
          `${page.total} accident(s) (page ${page.page} of ${pages})`,
        ),
      );
      return 0;
    });
  },
};

function printDetail(a: TAccidentDetail, l: Locale) {
  const c = a.casualties;
  const lines: Array<[string, string]> = [
    [say(l, '编号', 'Number'), a.number],
    [say(l, '事故名称', 'Title'), a.title],
    [say(l, '发生时间', 'Occurred'), when(a.occurredAt)],
    [say(l, '接报时间', 'Learned'), when(a.learnedAt)],
    [say(l, '区划', 'Region'), `${a.regionName}（${a.regionCode}）`],
    [say(l, '地点', 'Place'), a.locationText ?? '—'],
    [say(l, '事故单位', 'Unit'), a.enterprise ? `${a.enterprise.name}（${a.enterprise.uscc}）` : '—'],
    [say(l, '行业', 'Sector'), label(l, `accident.sector.${a.sector}`)],
    [say(l, '事故类别', 'Category'), `${a.categoryCode} ${label(l, `accident.category.${a.categoryCode}`)}`],
    [
      say(l, '伤亡', 'Casualties'),
      say(
        l,
        `死亡 ${c.deaths}，下落不明 ${c.missing}，重伤 ${c.seriousInjuries}，轻伤 ${c.minorInjuries}，直接经济损失 ${c.directLossCny} 元`,
        `deaths ${c.deaths}, missing ${c.missing}, serious ${c.seriousInjuries}, minor ${c.minorInjuries}, direct loss ${c.directLossCny} CNY`,
      ),
    ],
    [
      say(l, '事故等级', 'Grade'),
      `${label(l, `accident.grade.${a.grade}`)}${
        a.missingCountedAsDead
          ? say(l, `（下落不明计入死亡，计 ${a.countedDeaths} 人）`, ` (missing counted as dead: ${a.countedDeaths})`)
          : ''
      }`,
    ],
    [say(l, '补报截止', 'Supplements until'), when(a.casualtyWindowEnd)],
    [say(l, '状态', 'State'), a.state === 'closed' ? say(l, '已结案', 'closed') : say(l, '未结案', 'open')],
    [say(l, '数据截至', 'As of'), when(a.asOf)],
  ];
  const width = Math.max(...lines.map(([k]) => k.length));
  for (const [k, v] of lines) out(`${k.padEnd(width, l === 'zh-CN' ? '　' : ' ')}  ${v}`);
  out();
  out(say(l, '报告链：', 'Reporting chain:'));
  printTable(
    [say(l, '层级', 'Level'), say(l, '期限', 'Deadline'), say(l, '上报时间', 'Reported'), say(l, '情况', 'Status')],
    a.reportSteps.map((s) => [
      label(l, `accident.reportLevel.${s.level}`),
      when(s.deadline),
      when(s.reportedAt),
      [
        s.state === 'reported' ? say(l, '已报', 'reported') : say(l, '待报', 'due'),
        ...(s.late ? [label(l, 'accident.irregularity.late')] : []),
        ...s.irregularities.map((i) => label(l, `accident.irregularity.${i.kind}`)),
      ].join(l === 'zh-CN' ? '、' : ', '),
    ]),
  );
  out();
  out(say(l, '首报与补报：', 'Reports of the figures:'));
  printTable(
    [
      say(l, '次序', 'Seq'),
      say(l, '时间', 'At'),
      say(l, '死亡', 'Deaths'),
      say(l, '下落不明', 'Missing'),
      say(l, '重伤', 'Serious'),
      say(l, '轻伤', 'Minor'),
      say(l, '损失（元）', 'Loss (CNY)'),
      say(l, '等级', 'Grade'),
      say(l, '说明', 'Note'),
    ],
    a.versions.map((v) => [
      v.seq,
      when(v.effectiveAt),
      v.deaths,
      v.missing,
      v.seriousInjuries,
      v.minorInjuries,
      v.directLossCny,
      label(l, `accident.grade.${v.grade}`),
      v.note ?? '',
    ]),
  );
  const inv = a.investigationDetail;
  out();
  if (!inv) {
    out(say(l, '调查：未启动', 'Investigation: none'));
    return;
  }
  out(
    say(
      l,
      `调查：${inv.number}　${investigationState(l, inv.state)}　${label(l, `accident.reportLevel.${inv.level}`)}人民政府组织　期限 ${when(inv.deadline)}${inv.overdue ? '（已逾期）' : ''}`,
      `Investigation: ${inv.number}  ${investigationState(l, inv.state)}  by the ${inv.level} government  due ${when(inv.deadline)}${inv.overdue ? ' (overdue)' : ''}`,
    ),
  );
  if (inv.actions.length) {
    out(
      say(
        l,
        `可执行：${inv.actions.map((x) => x.name).join('、')}`,
        `Moves: ${inv.actions.map((x) => x.name).join(', ')}`,
      ),
    );
  }
}

export const accidentsShow: Command = {
  name: 'accidents show',
  usage: `accidents show NUMBER|ID [--as-of YYYY-MM-DD|TIME] ${AS_USAGE}`,
  summary:
    'One accident: facts, casualties and grade (as of a date), the reporting chain, every report of the figures, the investigation',
  run: async (args) => {
    const { values, positionals } = parseArgs({
      args,
      options: { 'as-of': { type: 'string' }, ...AS_OPTION },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) throw new UsageError('expects exactly one accident NUMBER or ID');
    const asOfText = values['as-of'];
    const asOf =
      asOfText === undefined
        ? undefined
        : ZLocalDate.safeParse(asOfText).success
          ? endOfLocalDate(asOfText)
          : new Date(instantArg('--as-of', asOfText));
    return withRuntime(async (rt) => {
      const ctx = await actorCtx(rt, values.as);
      const detail = (await getAccident(ctx, await accidentId(rt, positionals[0]!), asOf)) as TAccidentDetail;
      printDetail(detail, ctx.locale);
      return 0;
    });
  },
};

const fmt = (n: number | null, suffix = '') => (n === null ? '—' : `${n}${suffix}`);
const signed = (n: number | null) => (n === null ? '—' : `${n > 0 ? '+' : ''}${n}%`);

export const accidentsStats: Command = {
  name: 'accidents stats',
  usage: `accidents stats [--region CODE] [--as-of YYYY-MM-DD] ${AS_USAGE}`,
  summary:
    'A region’s accidents of the year to a date: totals against last year, deaths against the cap, the four rates, vetoes',
  run: async (args) => {
    const { values, positionals } = parseArgs({
      args,
      options: { region: { type: 'string' }, 'as-of': { type: 'string' }, ...AS_OPTION },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`);
    const asOf = values['as-of'];
    if (asOf !== undefined && !ZLocalDate.safeParse(asOf).success) throw new UsageError('--as-of must be YYYY-MM-DD');
    return withRuntime(async (rt) => {
      const ctx = await actorCtx(rt, values.as);
      const s = await accidentStatistics(ctx, { regionCode: values.region, asOf });
      const l = ctx.locale;
      out(
        say(
          l,
          `${s.region.name}（${s.region.code}）${s.year}年1月1日至${s.asOf}`,
          `${s.region.name} (${s.region.code}), 1 January ${s.year} to ${s.asOf}`,
        ),
      );
      printTable(
        [
          say(l, '项目', 'Figure'),
          say(l, '本年累计', 'This year'),
          say(l, '去年同期', 'Last year'),
          say(l, '同比', 'Change'),
        ],
        [
          [say(l, '事故起数', 'Accidents'), s.current.accidents, s.previous.accidents, signed(s.change.accidents)],
          [say(l, '死亡人数', 'Deaths'), s.current.deaths, s.previous.deaths, signed(s.change.deaths)],
          [
            say(l, '直接经济损失（元）', 'Direct loss (CNY)'),
            s.current.directLossCny,
            s.previous.directLossCny,
            signed(s.change.directLossCny),
          ],
        ],
      );
      const cap = s.deathCap;
      out(
        say(
          l,
          `死亡人数控制指标：${fmt(cap.cap)}，已用 ${fmt(cap.percent, '%')}${cap.warning ? `，已达预警阈值 ${s.warningPercent}%` : ''}`,
          `Death cap: ${fmt(cap.cap)}, used ${fmt(cap.percent, '%')}${cap.warning ? `, at the ${s.warningPercent}% warning threshold` : ''}`,
        ),
      );
      for (const sector of s.bySector.filter((x) => x.cap !== null || x.deaths > 0)) {
        out(
          `  ${label(l, `accident.sector.${sector.sector}`)}${say(l, '：事故', ': accidents')} ${sector.accidents}${say(l, '，死亡', ', deaths')} ${sector.deaths}${
            sector.cap === null
              ? ''
              : ` / ${sector.cap}${say(l, '（已用 ', ' (')}${fmt(sector.percent, '%')}${say(l, '）', ')')}${sector.warning ? say(l, '，预警', ', warning') : ''}`
          }`,
        );
      }
      const r = s.rates;
      out(
        say(
          l,
          `亿元GDP死亡率 ${fmt(r.perGdp)}；工矿商贸十万从业人员死亡率 ${fmt(r.per100kEmployees)}；道路交通万车死亡率 ${fmt(r.per10kVehicles)}；煤矿百万吨死亡率 ${fmt(r.perMillionTonnesCoal)}`,
          `Deaths per 100 million CNY GDP ${fmt(r.perGdp)}; per 100,000 workers ${fmt(r.per100kEmployees)}; per 10,000 vehicles ${fmt(r.per10kVehicles)}; per million tonnes of coal ${fmt(r.perMillionTonnesCoal)}`,
        ),
      );
      out(
        s.vetoes.length
          ? say(
              l,
              `触发一票否决：${s.vetoes.map(vetoText).join('；')}`,
              `Vetoes triggered: ${s.vetoes.map((v) => (v.kind === 'deaths_over_cap' ? 'deaths above the cap' : `an accident graded ${v.atLeast} or higher${v.sectors?.length ? ` in ${v.sectors.join(', ')}` : ''}`)).join('; ')}`,
            )
          : say(l, '未触发一票否决', 'No veto triggered'),
      );
      return 0;
    });
  },
};

/** Every command of the `accidents` group, then `indicators set`, in the order `--help` lists them. */
export const ACCIDENT_COMMANDS: Command[] = [
  accidentsList,
  accidentsShow,
  accidentsReport,
  accidentsSupplement,
  accidentsStep,
  accidentsInvestigate,
  accidentsStats,
  accidentsExport,
  indicatorsSet,
];
