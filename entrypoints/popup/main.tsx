import { render } from 'preact';
import { App } from '../../components/App';
import { loadArticleFromTab } from '../../lib/reader-connector';
import '../../assets/reader.css';

render(<App load={loadArticleFromTab} />, document.getElementById('app')!);
