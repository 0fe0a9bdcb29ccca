import { parseArgs } from 'node:util';
import { ZAccountCreate, ZRole } from '@redline/contracts';
import { lockAccount, resetAccountPassword, unlockAccount } from '@redline/server/features/accounts/admin-actions';
import { accounts } from '@redline/server/features/accounts/schema';
import { createAccount } from '@redline/server/features/accounts/service';
import { parseInput } from '@redline/server/http/validate';
import { eq, sql } from 'drizzle-orm';
import { type Command, fail, out, UsageError } from '../command';
import { readSecret } from '../prompt';
import { cliCtx, withRuntime } from '../runtime';

const ADD_USAGE =
  'user add --username NAME --name DISPLAY_NAME --role ROLE[,ROLE] (--region CODE [--sectors a,b] | --grids G1,G2 | --enterprise ID) [--mobile 13…] [--password P]';

export const userAdd: Command = {
  name: 'user add',
  usage: ADD_USAGE,
  summary: 'Create an account with roles and a data scope (asks for the password when --password is not given)',
  run: async (args) => {
    const { values } = parseArgs({
      args,
      options: {
        username: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        region: { type: 'string' },
        sectors: { type: 'string' },
        grids: { type: 'string' },
        enterprise: { type: 'string' },
        mobile: { type: 'string' },
        password: { type: 'string' },
      },
      strict: true,
    });
    if (!values.username || !values.name || !values.role)
      throw new UsageError('--username, --name and --role are required');
    const scopes = [values.region, values.grids, values.enterprise].filter(Boolean);
    if (scopes.length !== 1) throw new UsageError('give exactly one of --region, --grids, --enterprise');
    const roles = values.role.split(',').map((r) => r.trim());
    for (const r of roles)
      if (!ZRole.safeParse(r).success) throw new UsageError(`unknown role ${r} (${ZRole.options.join(', ')})`);
    const list = (v?: string) =>
      v
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [];
    const scope = values.region
      ? { kind: 'region', regionCode: values.region, sectorCodes: list(values.sectors) }
      : values.grids
        ? { kind: 'grids', gridCodes: list(values.grids) }
        : { kind: 'enterprise', enterpriseId: values.enterprise };
    const password = values.password ?? (await readSecret('Password for the new account: '));
    const input = parseInput(
      ZAccountCreate,
      { username: values.username, displayName: values.name, roles, scope, mobile: values.mobile ?? null, password },
      'body',
    );
    return withRuntime(async (rt) => {
      const account = await createAccount(cliCtx(rt), input);
      out(`Created account ${account.username} (${account.id}).`);
      return 0;
    });
  },
};

async function idOf(
  rt: Parameters<Parameters<typeof withRuntime>[0]>[0],
  username: string,
): Promise<string | undefined> {
  const [row] = await rt.database.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(sql`lower(${accounts.username})`, username.toLowerCase()));
  return row?.id;
}

const oneName = (args: string[], allowed: string[] = []) => {
  const names = args.filter((a) => !a.startsWith('--'));
  const flags = args.filter((a) => a.startsWith('--') && !allowed.some((f) => a.startsWith(f)));
  if (names.length !== 1 || flags.length) throw new UsageError('expects exactly one USERNAME');
  return names[0]!;
};

const byName = (
  name: string,
  summary: string,
  action: (ctx: ReturnType<typeof cliCtx>, id: string) => Promise<unknown>,
  done: string,
): Command => ({
  name,
  usage: `${name} USERNAME`,
  summary,
  run: async (args) => {
    const username = oneName(args);
    return withRuntime(async (rt) => {
      const id = await idOf(rt, username);
      if (!id) {
        fail(`No account named ${username}.`);
        return 1;
      }
      await action(cliCtx(rt), id);
      out(`${done}: ${username}.`);
      return 0;
    });
  },
});

export const userLock = byName('user lock', 'Disable an account and end its sessions', lockAccount, 'Locked');
export const userUnlock = byName(
  'user unlock',
  'Enable an account and clear a sign-in lockout',
  unlockAccount,
  'Unlocked',
);

export const userResetPassword: Command = {
  name: 'user reset-password',
  usage: 'user reset-password USERNAME [--password P]',
  summary: 'Set a new password (the owner must change it at next sign-in); ends the sessions of the account',
  run: async (args) => {
    const { values, positionals } = parseArgs({
      args,
      options: { password: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) throw new UsageError('expects exactly one USERNAME');
    const newPassword = values.password ?? (await readSecret('New password: '));
    return withRuntime(async (rt) => {
      const id = await idOf(rt, positionals[0]!);
      if (!id) {
        fail(`No account named ${positionals[0]}.`);
        return 1;
      }
      await resetAccountPassword(cliCtx(rt), id, { newPassword });
      out(`Password reset for ${positionals[0]}; it must be changed at the next sign-in.`);
      return 0;
    });
  },
};
