import { parseArgs } from 'node:util';
import {
  type Locale,
  type TAccidentDetail,
  ZAccidentReport,
  ZAccidentSupplement,
  ZInvestigationTransition,
  ZReportLevel,
  ZReportStepTransition,
} from '@redline/contracts';
import { getAccident } from '@redline/server/features/accidents/get-accident';
import { transitionInvestigation } from '@redline/server/features/accidents/investigation';
import { reportAccident } from '@redline/server/features/accidents/report-accident';
import { transitionStep } from '@redline/server/features/accidents/report-step';
import { supplementAccident } from '@redline/server/features/accidents/supplement';
import type { Ctx } from '@redline/server/http/context';
import { parseInput } from '@redline/server/http/validate';
import { type Command, out, UsageError } from '../command';
import { withRuntime } from '../runtime';
import {
  AS_OPTION,
  AS_USAGE,
  accidentId,
  actorCtx,
  instantArg,
  label,
  numberArg,
  readJson,
  say,
  when,
} from './accident-cli';

const load = async (ctx: Ctx, id: string) => (await getAccident(ctx, id)) as TAccidentDetail;

/** Two lines after a change: the accident's figures and grade now, and its reporting chain with what is due. */
function printState(a: TAccidentDetail, l: Locale) {
  const c = a.casualties;
  out(
    say(
      l,
      `${a.number}　${label(l, `accident.grade.${a.grade}`)}　死亡 ${c.deaths}，下落不明 ${c.missing}，重伤 ${c.seriousInjuries}，轻伤 ${c.minorInjuries}，直接经济损失 ${c.directLossCny} 元`,
      `${a.number}  ${label(l, `accident.grade.${a.grade}`)}  deaths ${c.deaths}, missing ${c.missing}, serious ${c.seriousInjuries}, minor ${c.minorInjuries}, direct loss ${c.directLossCny} CNY`,
    ),
  );
  const steps = a.reportSteps.map((s) => {
    const level = label(l, `accident.reportLevel.${s.level}`);
    const late = s.late ? say(l, '，迟报', ', late') : '';
    return s.state === 'reported'
      ? say(l, `${level}已报 ${when(s.reportedAt)}${late}`, `${level} reported ${when(s.reportedAt)}${late}`)
      : say(l, `${level}待报，期限 ${when(s.deadline)}${late}`, `${level} due ${when(s.deadline)}${late}`);
  });
  out(say(l, `报告链：${steps.join('；')}`, `Reporting chain: ${steps.join('; ')}`));
}

export const accidentsReport: Command = {
  name: 'accidents report',
  usage: `accidents report --file REPORT.json ${AS_USAGE}`,
  summary:
    'Report an accident from a JSON file of POST /accidents (ZAccidentReport): graded, reporting chain and investigation opened',
  run: async (args) => {
    const { values, positionals } = parseArgs({
      args,
      options: { file: { type: 'string' }, ...AS_OPTION },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`);
    if (!values.file) throw new UsageError('--file is required');
    // Checked before the database is opened: a bad field is said with the API's message (exit 1).
    const input = parseInput(ZAccidentReport, readJson(values.file), 'body');
    return withRuntime(async (rt) => {
      const ctx = await actorCtx(rt, values.as);
      const detail = await load(ctx, await reportAccident(ctx, input));
      out(
        say(
          ctx.locale,
          `已登记事故 ${detail.number}（${detail.id}）。`,
          `Reported accident ${detail.number} (${detail.id}).`,
        ),
      );
      printState(detail, ctx.locale);
      const inv = detail.investigationDetail;
      if (inv) {
        out(
          say(
            ctx.locale,
            `调查：${label(ctx.locale, `accident.reportLevel.${inv.level}`)}人民政府组织，调查报告期限 ${when(inv.deadline)}`,
            `Investigation by the ${inv.level} government, report due ${when(inv.deadline)}`,
          ),
        );
      }
      return 0;
    });
  },
};

const SUPPLEMENT_USAGE = `accidents supplement NUMBER|ID [--deaths N] [--missing N] [--serious N] [--minor N] [--loss CNY] --note TEXT ${AS_USAGE}`;

export const accidentsSupplement: Command = {
  name: 'accidents supplement',
  usage: SUPPLEMENT_USAGE,
  summary:
    'A supplementary report (补报, Decree 493 Art. 13) of the figures as they now stand; figures not given keep their value',
  run: async (args) => {
    const { values, positionals } = parseArgs({
      args,
      options: {
        deaths: { type: 'string' },
        missing: { type: 'string' },
        serious: { type: 'string' },
        minor: { type: 'string' },
        loss: { type: 'string' },
        note: { type: 'string' },
        ...AS_OPTION,
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) throw new UsageError('expects exactly one accident NUMBER or ID');
    if (!values.note) throw new UsageError('--note is required (what changed and why)');
    const given = {
      deaths: numberArg('--deaths', values.deaths),
      missing: numberArg('--missing', values.missing),
      seriousInjuries: numberArg('--serious', values.serious),
      minorInjuries: numberArg('--minor', values.minor),
      directLossCny: numberArg('--loss', values.loss),
    };
    if (Object.values(given).every((v) => v === undefined)) {
      throw new UsageError('give at least one of --deaths, --missing, --serious, --minor, --loss');
    }
    return withRuntime(async (rt) => {
      const ctx = await actorCtx(rt, values.as);
      const id = await accidentId(rt, positionals[0]!);
      const before = await load(ctx, id);
      const figures = Object.fromEntries(
        Object.entries({ ...before.casualties }).map(([k, v]) => [k, given[k as keyof typeof given] ?? v]),
      );
      const body = parseInput(ZAccidentSupplement, { version: before.version, ...figures, note: values.note }, 'body');
      const after = await load(ctx, await supplementAccident(ctx, id, body));
      const l = ctx.locale;
      out(
        say(
          l,
          `已补报 ${after.number}（第 ${after.versions.length} 次报告）。`,
          `Supplementary report recorded for ${after.number} (report ${after.versions.length}).`,
        ),
      );
      if (after.grade !== before.grade) {
        out(
          say(
            l,
            `事故等级由${label(l, `accident.grade.${before.grade}`)}变为${label(l, `accident.grade.${after.grade}`)}。`,
            `The grade changed from ${before.grade} to ${after.grade}.`,
          ),
        );
      }
      printState(after, l);
      return 0;
    });
  },
};

export const accidentsStep: Command = {
  name: 'accidents step',
  usage: `accidents step NUMBER|ID --level county|city|province|state [--reported-at TIME] [--recipient TEXT] ${AS_USAGE}`,
  summary:
    'Record that the report reached a level (Decree 493 Art. 10–11), now or at --reported-at (Beijing time); late if after its deadline',
  run: async (args) => {
    const { values, positionals } = parseArgs({
      args,
      options: {
        level: { type: 'string' },
        'reported-at': { type: 'string' },
        recipient: { type: 'string' },
        ...AS_OPTION,
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) throw new UsageError('expects exactly one accident NUMBER or ID');
    const level = ZReportLevel.safeParse(values.level);
    if (!level.success) throw new UsageError('--level must be county, city, province or state');
    const reportedAt = values['reported-at'] ? instantArg('--reported-at', values['reported-at']) : undefined;
    return withRuntime(async (rt) => {
      const ctx = await actorCtx(rt, values.as);
      const l = ctx.locale;
      const id = await accidentId(rt, positionals[0]!);
      const before = await load(ctx, id);
      const step = before.reportSteps.find((s) => s.level === level.data);
      if (!step) {
        throw new Error(
          say(
            l,
            `${before.number} 的报告链没有${label(l, `accident.reportLevel.${level.data}`)}一级（${label(l, `accident.grade.${before.grade}`)}）`,
            `${before.number} has no ${level.data} step in its reporting chain (grade ${before.grade})`,
          ),
        );
      }
      const body = parseInput(
        ZReportStepTransition,
        { transition: 'report', version: step.version, reportedAt, recipient: values.recipient ?? null },
        'body',
      );
      const after = await load(ctx, await transitionStep(ctx, id, step.id, body));
      const done = after.reportSteps.find((s) => s.id === step.id)!;
      out(
        say(
          l,
          `已记录${label(l, `accident.reportLevel.${done.level}`)}报告：${when(done.reportedAt)}${done.late ? '（迟报）' : ''}。`,
          `Recorded the ${done.level} report at ${when(done.reportedAt)}${done.late ? ' (late)' : ''}.`,
        ),
      );
      printState(after, l);
      return 0;
    });
  },
};

export const accidentsInvestigate: Command = {
  name: 'accidents investigate',
  usage: 'accidents investigate NUMBER|ID TRANSITION --as USERNAME [--file FIELDS.json] [--comment TEXT]',
  summary:
    'A move on the investigation (set_team, extend, record_appraisal, submit_report, approve, return_report, record_no_lets_go, close) with its fields from a JSON file, as an investigator account',
  run: async (args) => {
    const { values, positionals } = parseArgs({
      args,
      options: { file: { type: 'string' }, comment: { type: 'string' }, ...AS_OPTION },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 2) throw new UsageError('expects an accident NUMBER or ID and a TRANSITION');
    // Decree 493 gives the investigation to the investigating team of the government's departments: not the system.
    if (!values.as) {
      throw new UsageError(
        'investigation moves are made by an investigator: give --as USERNAME (safety office or inspector)',
      );
    }
    const fields = values.file ? readJson(values.file) : {};
    return withRuntime(async (rt) => {
      const ctx = await actorCtx(rt, values.as);
      const l = ctx.locale;
      const id = await accidentId(rt, positionals[0]!);
      const before = await load(ctx, id);
      const inv = before.investigationDetail;
      if (!inv) throw new Error(say(l, `${before.number} 没有调查`, `${before.number} has no investigation`));
      const body = parseInput(
        ZInvestigationTransition,
        { transition: positionals[1], version: inv.version, comment: values.comment ?? null, fields },
        'body',
      );
      const after = (await load(ctx, await transitionInvestigation(ctx, id, body))).investigationDetail!;
      const states: Record<string, string> = {
        investigating: '调查中',
        report_submitted: '报告待批复',
        approved: '已批复',
        closed: '已结案',
      };
      out(
        say(
          l,
          `${after.number}：${states[after.state] ?? after.state}，期限 ${when(after.deadline)}${after.openNoLetsGo.length < 4 ? `；“四不放过”未落实：${after.openNoLetsGo.map((i) => label(l, `noLetsGo.${i}`)).join('、') || '无'}` : ''}`,
          `${after.number}: ${after.state}, due ${when(after.deadline)}`,
        ),
      );
      if (after.actions.length) {
        out(
          say(
            l,
            `可执行：${after.actions.map((x) => x.name).join('、')}`,
            `Next moves: ${after.actions.map((x) => x.name).join(', ')}`,
          ),
        );
      }
      return 0;
    });
  },
};
