import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import type { SnapshotResult } from '../../lib/extract/snapshot';
import { articleFromSnapshot } from '../../lib/read-article';
import { snapshotTab } from '../../lib/tab-connector';
import { SettingsStore } from '../../lib/settings';
import '../../assets/reader.css';

/** The full-tab reader: the same renderer and settings as the popup, for long reads and print. */
export function mountReader(snapshot: Promise<SnapshotResult>): void {
  render(
    <App
      load={async () => {
        const result = await articleFromSnapshot(snapshot);
        if (result.ok) document.title = `${result.article.title} — વાંચન`;
        return result;
      }}
      store={new SettingsStore()}
      mode="tab"
      browserLanguage={browser.i18n.getUILanguage()}
      savePage={() => snapshotTab()}
      extensionVersion={browser.runtime.getManifest().version}
    />,
    document.getElementById('app')!,
  );
}
