import { requestSnapshot } from '../../lib/tab-connector';

// The tab is read while the reader's own code loads: each takes tens of milliseconds, and taking
// the snapshot needs none of that code.
const snapshot = requestSnapshot();
void import('./mount').then(({ mountPopup }) => mountPopup(snapshot));
