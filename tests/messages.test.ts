import { describe, expect, it } from 'vitest';
import { isSnapshotResult } from '../lib/messages';

describe('isSnapshotResult', () => {
  it('accepts what the content script sends', () => {
    expect(isSnapshotResult({ ok: true, url: 'https://sandesh.com/x', html: '<p>લખાણ</p>', elements: 3 })).toBe(true);
    expect(isSnapshotResult({ ok: false, reason: 'pdf', message: 'x' })).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'ok'],
    ['an unknown reason', { ok: false, reason: 'hacked', message: 'x' }],
    ['html that is not text', { ok: true, url: 'https://x', html: ['<p>'], elements: 1 }],
    ['a negative count', { ok: true, url: 'https://x', html: '', elements: -1 }],
    ['a missing url', { ok: true, html: '<p>x</p>', elements: 1 }],
  ])('rejects %s', (_label, value) => {
    expect(isSnapshotResult(value)).toBe(false);
  });
});
