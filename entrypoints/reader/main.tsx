import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import { loadArticleFromTab, snapshotTab } from '../../lib/reader-connector';
import { SettingsStore } from '../../lib/settings';
import '../../assets/reader.css';

/** The full-tab reader: the same renderer and settings as the popup, for long reads and print. */
render(
  <App
    load={async () => {
      const result = await loadArticleFromTab();
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
