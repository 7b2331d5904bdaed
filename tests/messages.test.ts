import { describe, expect, it } from 'vitest';
import { isSnapshotResult } from '../lib/messages';

describe('isSnapshotResult', () => {
  it('accepts what the content script sends', () => {
    expect(isSnapshotResult({ ok: true, url: 'https://sandesh.com/x', html: '<p>લખાણ</p>', elements: 3, trimmed: 0 })).toBe(true);
    expect(isSnapshotResult({ ok: false, reason: 'pdf', message: 'x' })).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'ok'],
    ['an unknown reason', { ok: false, reason: 'hacked', message: 'x' }],
    ['html that is not text', { ok: true, url: 'https://x', html: ['<p>'], elements: 1, trimmed: 0 }],
    ['a negative count', { ok: true, url: 'https://x', html: '', elements: 1, trimmed: -1 }],
    ['a missing url', { ok: true, html: '<p>x</p>', elements: 1, trimmed: 0 }],
  ])('rejects %s', (_label, value) => {
    expect(isSnapshotResult(value)).toBe(false);
  });
});
