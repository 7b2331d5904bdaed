/** Parses a saved page into a Document outside a browser (CLI, scripts, tests), with
 * happy-dom's script and network loading switched off: page content is hostile. */
import { Window } from 'happy-dom';

export function parseHtml(html: string, url: string): { document: Document; window: Window } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { document, window };
}
