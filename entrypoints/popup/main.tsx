import { render } from 'preact';
import { App } from '../../components/App';
import { browser } from 'wxt/browser';
import { loadArticleFromTab, snapshotTab } from '../../lib/reader-connector';
import '../../assets/reader.css';

render(
  <App load={() => loadArticleFromTab()} savePage={() => snapshotTab()} extensionVersion={browser.runtime.getManifest().version} />,
  document.getElementById('app')!,
);
