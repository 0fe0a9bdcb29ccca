// biome-ignore lint/style/noRestrictedImports: tests may hash
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type AuditEntry,
  type AuditEntryContent,
  auditHashInput,
  computeAuditHash,
  GENESIS_HASH,
  verifyAuditChain,
} from './audit-chain';

const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

const content = (n: number): AuditEntryContent => ({
  id: `a${n}`,
  at: `2025-03-01T08:00:0${n}.000Z`,
  actorId: n === 0 ? null : 'u1',
  action: 'hazard.update',
  entity: 'hazard',
  entityId: 'h1',
  diff: { status: { from: `s${n}`, to: `s${n + 1}` } },
  requestId: `r${n}`,
});

const buildChain = (size: number, start = GENESIS_HASH): AuditEntry[] => {
  const chain: AuditEntry[] = [];
  let prevHash = start;
  for (let n = 0; n < size; n++) {
    const hash = computeAuditHash(prevHash, content(n), sha256Hex);
    chain.push({ ...content(n), prevHash, hash });
    prevHash = hash;
  }
  return chain;
};

describe('auditHashInput', () => {
  it('is prevHash, a newline and the canonical JSON of the content (stable format for stored hashes)', () => {
    expect(auditHashInput(GENESIS_HASH, content(1))).toBe(
      `${'0'.repeat(64)}\n` +
        '{"action":"hazard.update","actorId":"u1","at":"2025-03-01T08:00:01.000Z",' +
        '"diff":{"status":{"from":"s1","to":"s2"}},"entity":"hazard","entityId":"h1","id":"a1","requestId":"r1"}',
    );
  });

  it('ignores fields outside the content', () => {
    const withExtra = { ...content(1), prevHash: 'p', hash: 'h', tenantId: 't' };
    expect(auditHashInput(GENESIS_HASH, withExtra)).toBe(auditHashInput(GENESIS_HASH, content(1)));
  });
});

describe('verifyAuditChain', () => {
  it('accepts an empty chain', () => {
    expect(verifyAuditChain([], sha256Hex)).toEqual({ ok: true, count: 0 });
  });

  it('accepts an intact chain', () => {
    expect(verifyAuditChain(buildChain(4), sha256Hex)).toEqual({ ok: true, count: 4 });
  });

  it('accepts a chain after a JSON round trip that reorders keys (as jsonb does)', () => {
    const chain = buildChain(3).map((entry) => ({ ...entry, diff: JSON.parse(JSON.stringify(entry.diff)) }));
    const [first] = chain;
    if (first) first.diff = { status: { to: 's1', from: 's0' } };
    expect(verifyAuditChain(chain, sha256Hex)).toEqual({ ok: true, count: 3 });
  });

  it('detects changed content', () => {
    const chain = buildChain(4);
    chain[2] = { ...chain[2]!, diff: { status: { from: 's2', to: 'forged' } } };
    expect(verifyAuditChain(chain, sha256Hex)).toEqual({
      ok: false,
      brokenAt: 'a2',
      reason: 'HASH_MISMATCH',
      count: 2,
    });
  });

  it('detects a changed actor', () => {
    const chain = buildChain(2);
    chain[1] = { ...chain[1]!, actorId: 'u2' };
    expect(verifyAuditChain(chain, sha256Hex)).toMatchObject({ ok: false, brokenAt: 'a1', reason: 'HASH_MISMATCH' });
  });

  it('detects a deleted entry', () => {
    const chain = buildChain(4);
    chain.splice(1, 1);
    expect(verifyAuditChain(chain, sha256Hex)).toEqual({
      ok: false,
      brokenAt: 'a2',
      reason: 'PREV_HASH_MISMATCH',
      count: 1,
    });
  });

  it('detects a first entry not chained to the genesis hash', () => {
    expect(verifyAuditChain(buildChain(2, 'f'.repeat(64)), sha256Hex)).toEqual({
      ok: false,
      brokenAt: 'a0',
      reason: 'PREV_HASH_MISMATCH',
      count: 0,
    });
  });

  it('verifies a segment from a given start hash', () => {
    const chain = buildChain(5);
    const segment = chain.slice(2);
    expect(verifyAuditChain(segment, sha256Hex, chain[1]!.hash)).toEqual({ ok: true, count: 3 });
  });

  it('detects a rewritten chain whose hash does not match its recomputed content', () => {
    const chain = buildChain(3);
    chain[2] = { ...chain[2]!, hash: 'e'.repeat(64) };
    expect(verifyAuditChain(chain, sha256Hex)).toEqual({
      ok: false,
      brokenAt: 'a2',
      reason: 'HASH_MISMATCH',
      count: 2,
    });
  });
});
