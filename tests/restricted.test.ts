import { describe, expect, it } from 'vitest';
import { classifyTabUrl, reasonForInjectionError } from '../lib/restricted';

describe('classifyTabUrl', () => {
  it.each([
    'chrome://settings',
    'chrome://newtab/',
    'edge://extensions',
    'about:addons',
    'about:blank',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'moz-extension://1234/popup.html',
    'view-source:https://sandesh.com/',
    'https://chromewebstore.google.com/detail/x/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/en-US/firefox/addon/x/',
    'https://microsoftedge.microsoft.com/addons/detail/x',
    'data:text/html,<p>x</p>',
    'javascript:alert(1)',
    'ftp://files.example.com/',
    'not a url',
  ])('refuses %s as restricted', (url) => {
    expect(classifyTabUrl(url)).toEqual({ readable: false, reason: 'restricted' });
  });

  it('recognises PDFs by their path', () => {
    expect(classifyTabUrl('https://gujaratindia.gov.in/circular.PDF')).toEqual({ readable: false, reason: 'pdf' });
  });

  it('lets news pages and local files through', () => {
    expect(classifyTabUrl('https://sandesh.com/gujarat/news/x')).toEqual({ readable: true, isFile: false });
    expect(classifyTabUrl('file:///home/me/page.html')).toEqual({ readable: true, isFile: true });
    expect(classifyTabUrl('https://chrome.google.com/search?q=x')).toEqual({ readable: true, isFile: false });
  });
});

describe('reasonForInjectionError', () => {
  it('explains file access for file:// pages and restriction for forbidden ones', () => {
    expect(reasonForInjectionError('Cannot access contents of url "file:///x.html"', 'file:///x.html')).toBe('file-access');
    expect(reasonForInjectionError('The extensions gallery cannot be scripted.', 'https://x')).toBe('restricted');
    expect(reasonForInjectionError('Frame with ID 0 was removed.', 'https://x')).toBe('error');
  });
});
