import { canonicalJson, pickAuditContent } from '@redline/domain';
import { describe, expect, it } from 'vitest';
import { hashParts } from './append-audit';

const entry = (diff: unknown) => ({
  at: new Date('2026-11-22T08:00:00.123Z'),
  actorId: '5f0c6a1e-0000-4000-8000-000000000001',
  action: 'case.create',
  entity: 'case',
  entityId: null,
  diff,
  requestId: 'req-1',
});

describe('hashParts: an entry’s canonical JSON cut around the id the database draws', () => {
  it('joined with any id is the canonical JSON computeAuditHash hashes', () => {
    for (const diff of [{}, { title: { to: '消防通道堵塞' } }, { id: { from: '7', to: '8' }, ids: ['1'] }]) {
      const { head, tail } = hashParts(entry(diff));
      for (const id of ['1', '9007199254740993']) {
        expect(head + id + tail).toBe(
          canonicalJson(pickAuditContent({ id, ...entry(diff), at: entry(diff).at.toISOString() })),
        );
      }
    }
  });

  it('cuts at the entry’s own id even when the diff holds the same text', () => {
    const diff = {
      note: { text: '"id":"audit-id-drawn-under-the-chain-lock"', id: 'audit-id-drawn-under-the-chain-lock' },
    };
    const { head, tail } = hashParts(entry(diff));
    expect(head + '42' + tail).toBe(
      canonicalJson(pickAuditContent({ id: '42', ...entry(diff), at: entry(diff).at.toISOString() })),
    );
  });
});
