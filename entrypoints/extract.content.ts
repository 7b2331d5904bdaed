import { extractFromPage } from '../lib/extract/live-page';

/** Injected on demand by the popup; never registered on any page. Returns the article (its
 * HTML unsanitized: the extension page sanitizes it) or why it declined. */
export default defineContentScript({
  registration: 'runtime',
  main() {
    return extractFromPage(document, location.href);
  },
});
