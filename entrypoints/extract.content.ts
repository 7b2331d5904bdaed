import { snapshotPage } from '../lib/extract/snapshot';

/** Injected on demand by the reader; never registered on any page. Takes a snapshot of the page
 * as HTML in short slices and returns it; the extension page does the reading. */
export default defineContentScript({
  registration: 'runtime',
  main() {
    return snapshotPage(document, location.href);
  },
});
