/** Keeps the reader settings in extension storage: `storage.sync` when it works, else
 * `storage.local`. Changes apply in memory at once; writes are debounced and coalesced, because
 * sync allows ~120 writes a minute (1,800 an hour) and 8 KB per item. */
import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  isValidSiteKey,
  migrateSettings,
  resolveSettings,
  siteKey,
  validatePartial,
  type ReaderSettings,
  type StoredSettings,
} from './schema';

export const SETTINGS_STORAGE_KEY = 'vanchan.settings';
export const DEFAULT_DEBOUNCE_MS = 500;

export type SettingsListener = (stored: StoredSettings) => void;

export interface SettingsStoreOptions {
  /** Delay before a change is written; rapid changes within it are written once. Default 500. */
  debounceMs?: number;
}

type AreaName = 'sync' | 'local';
type Change = (stored: StoredSettings) => StoredSettings;

interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown> | undefined>;
  set(items: Record<string, unknown>): Promise<void>;
}
type ChangeListener = (changes: Record<string, { newValue?: unknown } | undefined>, areaName: string) => void;

function storageArea(name: AreaName): StorageAreaLike | undefined {
  try {
    return (browser.storage as unknown as Partial<Record<AreaName, StorageAreaLike>> | undefined)?.[name];
  } catch {
    return undefined;
  }
}

async function readArea(name: AreaName): Promise<unknown> {
  try {
    const items = await storageArea(name)?.get(SETTINGS_STORAGE_KEY);
    return items?.[SETTINGS_STORAGE_KEY] ?? undefined;
  } catch {
    return undefined;
  }
}

/** When the value was written (we store it beside the settings to pick the newer of sync and
 * local after a fallback); 0 when unknown. */
function savedAt(raw: unknown): number {
  const value = typeof raw === 'object' && raw !== null ? (raw as { savedAt?: unknown }).savedAt : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export class SettingsStore {
  private stored: StoredSettings = migrateSettings(undefined);
  private area: AreaName = storageArea('sync') ? 'sync' : 'local';
  private readonly debounceMs: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Changes made since the last write began, oldest first; re-applied over values read later. */
  private pending: Change[] = [];
  private loading: Promise<StoredSettings> | undefined;
  private writing: Promise<void> = Promise.resolve();
  /** JSON of values this store wrote, so their echo through onChanged is not taken as news. */
  private readonly ownWrites = new Set<string>();
  private readonly listeners = new Set<SettingsListener>();
  private readonly onStorageChanged: ChangeListener = (changes, areaName) => {
    if (areaName !== 'sync' && areaName !== 'local') return;
    const newValue = changes?.[SETTINGS_STORAGE_KEY]?.newValue;
    if (newValue === undefined || newValue === null) return; // removed: keep what we have
    if (this.ownWrites.delete(JSON.stringify(newValue))) return;
    this.replaceWith(newValue);
  };

  constructor(options: SettingsStoreOptions = {}) {
    const delay = options.debounceMs;
    this.debounceMs = typeof delay === 'number' && Number.isFinite(delay) && delay >= 0 ? delay : DEFAULT_DEBOUNCE_MS;
    browser.storage.onChanged.addListener(this.onStorageChanged as never);
  }

  /** The storage area writes go to now ('local' after sync failed). */
  get activeArea(): AreaName {
    return this.area;
  }

  /** Reads storage (sync, and local when sync has nothing or local is newer) into memory. */
  load(): Promise<StoredSettings> {
    const loading = this.read().then((raw) => {
      this.replaceWith(raw);
      return this.stored;
    });
    this.loading = loading;
    return loading;
  }

  /** Everything in memory: global settings and per-site overrides. */
  getStored(): StoredSettings {
    return this.stored;
  }

  /** The settings to use on `hostname` (global with the site's override on top). */
  current(hostname?: string | null): ReaderSettings {
    return resolveSettings(this.stored, hostname ?? null);
  }

  /** Applies the valid fields of `patch` now (globally, or as `site`'s override); written later. */
  update(patch: Partial<ReaderSettings>, options: { site?: string } = {}): void {
    const valid = validatePartial(patch);
    if (Object.keys(valid).length === 0) return;
    if (options.site === undefined) {
      this.change((s) => ({ ...s, global: { ...s.global, ...valid } }));
      return;
    }
    const key = siteKey(options.site);
    if (!isValidSiteKey(key)) return;
    this.change((s) => ({ ...s, sites: { ...s.sites, [key]: { ...ownOverride(s, key), ...valid } } }));
  }

  /** Removes the site's override: it follows the global settings again. */
  resetSite(site: string): void {
    const key = siteKey(site);
    if (!Object.prototype.hasOwnProperty.call(this.stored.sites, key)) return;
    this.change((s) => {
      const sites = { ...s.sites };
      delete sites[key];
      return { ...s, sites };
    });
  }

  /** Back to the defaults everywhere, with no site overrides. */
  resetAll(): void {
    this.change(() => ({ version: SETTINGS_VERSION, global: { ...DEFAULT_SETTINGS }, sites: {} }));
  }

  subscribe(listener: SettingsListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Writes any pending change now. Rejects only when neither sync nor local accepted it
   * (the change stays pending and is retried by the next write). */
  flush(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const run = this.writing.catch(() => undefined).then(() => this.writePending());
    this.writing = run;
    return run;
  }

  /** Stops listening to storage and drops a scheduled write (call flush first to keep it). */
  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    browser.storage.onChanged.removeListener(this.onStorageChanged as never);
    this.listeners.clear();
  }

  private change(change: Change): void {
    this.pending.push(change);
    this.set(change(this.stored));
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush().catch(() => undefined);
    }, this.debounceMs);
  }

  private set(next: StoredSettings): void {
    if (sameJson(next, this.stored)) return;
    this.stored = next;
    for (const listener of [...this.listeners]) {
      try {
        listener(next);
      } catch (error) {
        console.error('Vanchan: a settings listener failed', error);
      }
    }
  }

  /** A value from storage becomes the state, with the changes not yet written on top. */
  private replaceWith(raw: unknown): void {
    let next = migrateSettings(raw);
    for (const change of this.pending) next = change(next);
    this.set(next);
  }

  private async read(): Promise<unknown> {
    // Both at once: each is a round trip to the browser, and the reader waits for them.
    const [fromSync, fromLocal] = await Promise.all([this.area === 'sync' ? readArea('sync') : undefined, readArea('local')]);
    if (fromSync === undefined) return fromLocal;
    if (fromLocal === undefined) return fromSync;
    return savedAt(fromLocal) > savedAt(fromSync) ? fromLocal : fromSync;
  }

  private async writePending(): Promise<void> {
    if (this.pending.length === 0) return;
    // Never write over stored settings that were not read yet.
    await (this.loading ?? this.load());
    const changes = this.pending;
    this.pending = [];
    try {
      await this.write(this.stored);
    } catch (error) {
      this.pending = [...changes, ...this.pending];
      throw error;
    }
  }

  private async write(stored: StoredSettings): Promise<void> {
    const value = { ...stored, savedAt: Date.now() };
    const json = JSON.stringify(value);
    if (this.ownWrites.size > 50) this.ownWrites.clear();
    if (this.area === 'sync') {
      const sync = storageArea('sync');
      if (sync) {
        this.ownWrites.add(json);
        try {
          await sync.set({ [SETTINGS_STORAGE_KEY]: value });
          return;
        } catch {
          // Quota exceeded or sync disabled: use local from now on.
          this.ownWrites.delete(json);
        }
      }
      this.area = 'local';
    }
    const local = storageArea('local');
    if (!local) throw new Error('Vanchan: no extension storage to keep the settings in.');
    this.ownWrites.add(json);
    try {
      await local.set({ [SETTINGS_STORAGE_KEY]: value });
    } catch (error) {
      this.ownWrites.delete(json);
      throw error;
    }
  }
}

function ownOverride(stored: StoredSettings, key: string): Partial<ReaderSettings> | undefined {
  return Object.prototype.hasOwnProperty.call(stored.sites, key) ? stored.sites[key] : undefined;
}
