import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  SETTINGS_STORAGE_KEY,
  SettingsStore,
  type StoredSettings,
} from '../../lib/settings';

const KEY = SETTINGS_STORAGE_KEY;

async function inArea(area: 'sync' | 'local'): Promise<Record<string, unknown> | undefined> {
  return (await fakeBrowser.storage[area].get(KEY))[KEY] as Record<string, unknown> | undefined;
}

const stores: SettingsStore[] = [];
function makeStore(options?: ConstructorParameters<typeof SettingsStore>[0]): SettingsStore {
  const store = new SettingsStore(options);
  stores.push(store);
  return store;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});

afterEach(() => {
  for (const store of stores.splice(0)) store.dispose();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('SettingsStore.load', () => {
  it('gives the defaults when nothing is stored, without writing anything', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const store = makeStore();
    expect(await store.load()).toEqual({ version: 1, global: DEFAULT_SETTINGS, sites: {} });
    expect(store.current('sandesh.com')).toEqual(DEFAULT_SETTINGS);
    await vi.runAllTimersAsync();
    expect(set).not.toHaveBeenCalled();
  });

  it('reads the stored value from sync', async () => {
    await fakeBrowser.storage.sync.set({
      [KEY]: { version: 1, global: { ...DEFAULT_SETTINGS, fontSize: 26 }, sites: { 'sandesh.com': { theme: 'dark' } } },
    });
    const store = makeStore();
    await store.load();
    expect(store.current(null).fontSize).toBe(26);
    expect(store.current('www.sandesh.com').theme).toBe('dark');
    expect(store.current('akilanews.com').theme).toBe('system');
  });

  it.each([['a string', 'corrupt'], ['an array', [1, 2, 3]], ['a number', 42], ['NaN-filled', { version: 1, global: { fontSize: NaN } }]])(
    'turns %s into defaults without throwing',
    async (_label, value) => {
      await fakeBrowser.storage.sync.set({ [KEY]: value });
      const store = makeStore();
      await expect(store.load()).resolves.toMatchObject({ global: DEFAULT_SETTINGS, sites: {} });
    },
  );

  it('keeps the valid fields of a partly corrupt value', async () => {
    await fakeBrowser.storage.sync.set({ [KEY]: { version: 1, global: { fontSize: 'huge', lineHeight: 1.8 }, sites: 'x' } });
    const store = makeStore();
    await store.load();
    expect(store.current(null)).toEqual({ ...DEFAULT_SETTINGS, lineHeight: 1.8 });
  });

  it('migrates a version-0 flat object found in storage', async () => {
    await fakeBrowser.storage.sync.set({ [KEY]: { fontSize: 24, theme: 'sepia' } });
    const store = makeStore();
    const stored = await store.load();
    expect(stored).toEqual({ version: 1, global: { ...DEFAULT_SETTINGS, fontSize: 24, theme: 'sepia' }, sites: {} });
  });

  it('reads local when sync has nothing', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: { version: 1, global: { fontSize: 30 }, sites: {} } });
    const store = makeStore();
    await store.load();
    expect(store.current(null).fontSize).toBe(30);
  });

  it('prefers a newer copy in local (written after sync failed) over an older one in sync', async () => {
    await fakeBrowser.storage.sync.set({ [KEY]: { version: 1, global: { fontSize: 18 }, sites: {}, savedAt: 1000 } });
    await fakeBrowser.storage.local.set({ [KEY]: { version: 1, global: { fontSize: 30 }, sites: {}, savedAt: 2000 } });
    const store = makeStore();
    await store.load();
    expect(store.current(null).fontSize).toBe(30);
  });

  it('still loads (from local) when sync.get fails', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: { version: 1, global: { fontSize: 23 }, sites: {} } });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is off'));
    const store = makeStore();
    await store.load();
    expect(store.current(null).fontSize).toBe(23);
  });
});

describe('SettingsStore.update', () => {
  it('applies at once and tells subscribers synchronously, before anything is written', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const store = makeStore();
    await store.load();
    const seen: StoredSettings[] = [];
    store.subscribe((stored) => seen.push(stored));
    store.update({ fontSize: 24, theme: 'dark' });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.global).toMatchObject({ fontSize: 24, theme: 'dark' });
    expect(store.current('sandesh.com')).toMatchObject({ fontSize: 24, theme: 'dark' });
    expect(set).not.toHaveBeenCalled();
  });

  it('validates the patch: bad fields are ignored, numbers clamped', async () => {
    const store = makeStore();
    await store.load();
    const listener = vi.fn();
    store.subscribe(listener);
    store.update({ fontSize: 99, theme: 'neon' as never, lineHeight: NaN });
    expect(store.current(null)).toEqual({ ...DEFAULT_SETTINGS, fontSize: 32 });
    store.update({ theme: 'neon' } as never);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('writes 20 rapid updates once, after the debounce, with the final values', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const store = makeStore();
    await store.load();
    // Like dragging a slider: 20 changes, 100 ms apart (2 s in all, far more than the debounce).
    for (let i = 0; i < 20; i++) {
      if (i > 0) await vi.advanceTimersByTimeAsync(100);
      store.update({ fontSize: 12 + i, lineHeight: 1.4 + i * 0.04 });
    }
    await vi.advanceTimersByTimeAsync(499);
    expect(set).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(set).toHaveBeenCalledTimes(1);
    const saved = await inArea('sync');
    expect(saved).toMatchObject({ version: 1, global: { fontSize: 31, lineHeight: 2.15 } });
    expect(store.current(null)).toMatchObject({ fontSize: 31, lineHeight: 2.15 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('honours a custom debounce', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const store = makeStore({ debounceMs: 2000 });
    await store.load();
    store.update({ fontSize: 22 });
    await vi.advanceTimersByTimeAsync(1999);
    expect(set).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('keeps a change made before load finished, and does not overwrite stored settings with defaults', async () => {
    await fakeBrowser.storage.sync.set({
      [KEY]: { version: 1, global: { ...DEFAULT_SETTINGS, theme: 'sepia' }, sites: { 'sandesh.com': { fontSize: 30 } } },
    });
    const store = makeStore();
    store.update({ fontSize: 25 }); // before load
    await store.flush();
    expect(store.current(null)).toMatchObject({ fontSize: 25, theme: 'sepia' });
    const saved = await inArea('sync');
    expect(saved).toMatchObject({ global: { fontSize: 25, theme: 'sepia' }, sites: { 'sandesh.com': { fontSize: 30 } } });
  });
});

describe('SettingsStore.flush', () => {
  it('writes the pending change at once, and the debounce then writes nothing more', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const store = makeStore();
    await store.load();
    store.update({ contentWidth: 40, showImages: false });
    await store.flush();
    expect(set).toHaveBeenCalledTimes(1);
    expect(await inArea('sync')).toMatchObject({ global: { contentWidth: 40, showImages: false } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('writes nothing when nothing changed', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const store = makeStore();
    await store.load();
    await store.flush();
    expect(set).not.toHaveBeenCalled();
  });

  it('what was flushed is what a newly opened reader loads', async () => {
    const store = makeStore();
    await store.load();
    store.update({ fontFamily: 'rasa', digits: 'latin' });
    store.update({ fontSize: 17 }, { site: 'www.Akilanews.com' });
    await store.flush();
    const next = makeStore();
    await next.load();
    expect(next.current(null)).toMatchObject({ fontFamily: 'rasa', digits: 'latin', fontSize: 20 });
    expect(next.current('akilanews.com')).toMatchObject({ fontFamily: 'rasa', fontSize: 17 });
  });
});

describe('per-site overrides', () => {
  it('resolve over the global settings only on their own site', async () => {
    const store = makeStore();
    await store.load();
    store.update({ fontSize: 22, theme: 'dark' });
    store.update({ fontSize: 28 }, { site: 'WWW.Sandesh.com' });
    expect(store.current('sandesh.com')).toMatchObject({ fontSize: 28, theme: 'dark' });
    expect(store.current('divyabhaskar.co.in')).toMatchObject({ fontSize: 22, theme: 'dark' });
    store.update({ theme: 'sepia' }); // a later global change still shows through on the site
    expect(store.current('sandesh.com')).toMatchObject({ fontSize: 28, theme: 'sepia' });
    expect(store.getStored().sites).toEqual({ 'sandesh.com': { fontSize: 28 } });
  });

  it('ignores an override for an invalid site instead of changing the global settings', async () => {
    const store = makeStore();
    await store.load();
    store.update({ fontSize: 30 }, { site: 'not a host/' });
    expect(store.current(null).fontSize).toBe(20);
    expect(store.getStored().sites).toEqual({});
  });

  it('resetSite makes the site follow the global settings again, and is saved', async () => {
    const store = makeStore();
    await store.load();
    store.update({ fontSize: 28 }, { site: 'sandesh.com' });
    store.update({ fontSize: 18 }, { site: 'akilanews.com' });
    await store.flush();
    store.resetSite('www.sandesh.com');
    expect(store.current('sandesh.com').fontSize).toBe(20);
    expect(store.current('akilanews.com').fontSize).toBe(18);
    await store.flush();
    expect((await inArea('sync'))?.sites).toEqual({ 'akilanews.com': { fontSize: 18 } });
  });

  it('resetAll restores the defaults and forgets every override, and is saved', async () => {
    const store = makeStore();
    await store.load();
    store.update({ fontSize: 28, theme: 'dark' });
    store.update({ fontSize: 18 }, { site: 'akilanews.com' });
    await store.flush();
    const listener = vi.fn();
    store.subscribe(listener);
    store.resetAll();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.current('akilanews.com')).toEqual(DEFAULT_SETTINGS);
    await store.flush();
    expect(await inArea('sync')).toMatchObject({ version: 1, global: DEFAULT_SETTINGS, sites: {} });
  });
});

describe('falling back to storage.local', () => {
  it('writes to local when sync.set rejects, and keeps using local afterwards', async () => {
    const syncSet = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const store = makeStore();
    await store.load();
    store.update({ fontSize: 26 });
    await store.flush();
    expect(await inArea('local')).toMatchObject({ global: { fontSize: 26 } });
    expect(await inArea('sync')).toBeUndefined();
    expect(store.activeArea).toBe('local');

    store.update({ fontSize: 27 });
    await store.flush();
    expect(syncSet).toHaveBeenCalledTimes(1);
    expect(await inArea('local')).toMatchObject({ global: { fontSize: 27 } });

    const next = makeStore();
    await next.load();
    expect(next.current(null).fontSize).toBe(27);
  });

  it('uses local when storage.sync does not exist', async () => {
    const sync = fakeBrowser.storage.sync;
    Object.defineProperty(fakeBrowser.storage, 'sync', { value: undefined, configurable: true, writable: true });
    try {
      const store = makeStore();
      await store.load();
      store.update({ lineHeight: 2 });
      await store.flush();
      expect(await inArea('local')).toMatchObject({ global: { lineHeight: 2 } });
    } finally {
      Object.defineProperty(fakeBrowser.storage, 'sync', { value: sync, configurable: true, writable: true });
    }
  });

  it('keeps the change and rejects flush when no storage accepts it, then saves it on the next try', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('sync off'));
    const localSet = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk full'));
    const store = makeStore();
    await store.load();
    store.update({ fontSize: 31 });
    await expect(store.flush()).rejects.toThrow('disk full');
    expect(store.current(null).fontSize).toBe(31);
    await store.flush();
    expect(localSet).toHaveBeenCalledTimes(2);
    expect(await inArea('local')).toMatchObject({ global: { fontSize: 31 } });
  });
});

describe('changes from another reader page', () => {
  it('a value written to storage by another page reaches subscribers', async () => {
    const store = makeStore();
    await store.load();
    const listener = vi.fn();
    store.subscribe(listener);
    await fakeBrowser.storage.sync.set({ [KEY]: { version: 1, global: { fontSize: 29, theme: 'high-contrast' }, sites: {} } });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]![0].global).toMatchObject({ fontSize: 29, theme: 'high-contrast' });
    expect(store.current(null).fontSize).toBe(29);
  });

  it('a change saved by one store shows up in another open store', async () => {
    const a = makeStore();
    const b = makeStore();
    await Promise.all([a.load(), b.load()]);
    const seenByA = vi.fn();
    const seenByB = vi.fn();
    a.subscribe(seenByA);
    b.subscribe(seenByB);
    a.update({ digits: 'gujarati' }, { site: 'bbc.com' });
    await a.flush();
    expect(b.current('www.bbc.com').digits).toBe('gujarati');
    expect(seenByB).toHaveBeenCalledTimes(1);
    expect(seenByA).toHaveBeenCalledTimes(1); // its own write echoing back is not news
  });

  it('a late echo of its own earlier write does not jump the settings back', async () => {
    // In a real browser onChanged arrives after set() resolves: hold the echoes back.
    const written: unknown[] = [];
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => {
      written.push((items as Record<string, unknown>)[KEY]);
    });
    const store = makeStore();
    await store.load();
    store.update({ fontSize: 22 });
    await store.flush();
    store.update({ fontSize: 26 });
    await store.flush();
    expect(written).toHaveLength(2);
    const listener = vi.fn();
    store.subscribe(listener);
    await fakeBrowser.storage.onChanged.trigger({ [KEY]: { newValue: JSON.parse(JSON.stringify(written[0])) } }, 'sync');
    expect(store.current(null).fontSize).toBe(26);
    expect(listener).not.toHaveBeenCalled();
  });

  it('a corrupt value from elsewhere keeps what validates', async () => {
    const store = makeStore();
    await store.load();
    await fakeBrowser.storage.sync.set({ [KEY]: { version: 1, global: { fontSize: 'huge', lineHeight: 1.8 } } });
    expect(store.current(null)).toEqual({ ...DEFAULT_SETTINGS, lineHeight: 1.8 });
  });

  it('does not lose an unsaved local change when another page writes meanwhile', async () => {
    const store = makeStore();
    await store.load();
    store.update({ fontSize: 24 });
    await fakeBrowser.storage.sync.set({ [KEY]: { version: 1, global: { theme: 'dark' }, sites: {} } });
    expect(store.current(null)).toMatchObject({ fontSize: 24, theme: 'dark' });
    await store.flush();
    expect(await inArea('sync')).toMatchObject({ global: { fontSize: 24, theme: 'dark' } });
  });

  it('ignores other keys, other areas and removals', async () => {
    const store = makeStore();
    await store.load();
    store.update({ fontSize: 24 });
    await store.flush();
    const listener = vi.fn();
    store.subscribe(listener);
    await fakeBrowser.storage.sync.set({ other: { global: { fontSize: 14 } } });
    await fakeBrowser.storage.session.set({ [KEY]: { version: 1, global: { fontSize: 14 }, sites: {} } });
    await fakeBrowser.storage.sync.remove(KEY);
    expect(listener).not.toHaveBeenCalled();
    expect(store.current(null).fontSize).toBe(24);
  });

  it('stops notifying after unsubscribe', async () => {
    const store = makeStore();
    await store.load();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.update({ fontSize: 21 });
    unsubscribe();
    store.update({ fontSize: 22 });
    await fakeBrowser.storage.sync.set({ [KEY]: { version: 1, global: { fontSize: 29 }, sites: {} } });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
