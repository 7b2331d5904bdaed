import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import { loadArticleFromTab, openFullTabReader, snapshotTab } from '../../lib/reader-connector';
import { SettingsStore } from '../../lib/settings';
import '../../assets/reader.css';

render(
  <App
    load={() => loadArticleFromTab()}
    store={new SettingsStore()}
    mode="popup"
    browserLanguage={browser.i18n.getUILanguage()}
    savePage={() => snapshotTab()}
    openFullTab={() => void openFullTabReader().then(() => window.close())}
    extensionVersion={browser.runtime.getManifest().version}
  />,
  document.getElementById('app')!,
);
