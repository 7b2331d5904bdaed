import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import type { SnapshotResult } from '../../lib/extract/snapshot';
import { articleFromSnapshot } from '../../lib/read-article';
import { openFullTabReader, snapshotTab } from '../../lib/tab-connector';
import { SettingsStore } from '../../lib/settings';
import '../../assets/reader.css';

export function mountPopup(snapshot: Promise<SnapshotResult>): void {
  render(
    <App
      load={() => articleFromSnapshot(snapshot)}
      store={new SettingsStore()}
      mode="popup"
      browserLanguage={browser.i18n.getUILanguage()}
      savePage={() => snapshotTab()}
      openFullTab={() => void openFullTabReader().then(() => window.close())}
      extensionVersion={browser.runtime.getManifest().version}
    />,
    document.getElementById('app')!,
  );
}
