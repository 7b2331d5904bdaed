#!/usr/bin/env node
// Makes sure the browser tests can run: Debian's Chromium and Firefox ESR, and a Gujarati font. Installs them
// with apt-get where it can (Debian, as root); otherwise stops at once saying what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const PACKAGES = ['chromium', 'firefox-esr', 'fonts-noto-core'];

function hasGujaratiFont() {
  const result = spawnSync('fc-list', [':lang=gu', 'family'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim().length > 0;
}

function missing() {
  const needs = [];
  if (!existsSync(CHROMIUM)) needs.push('chromium');
  if (!existsSync(FIREFOX) && !existsSync('/usr/bin/firefox')) needs.push('firefox-esr');
  if (!hasGujaratiFont()) needs.push('fonts-noto-core');
  return needs;
}

let needs = missing();
if (needs.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
if (!isRoot || !hasApt) {
  console.error(
    `The browser tests need Chromium at ${CHROMIUM}, Firefox ESR at ${FIREFOX} and a Gujarati font.\n` +
      `Install them, then run the tests again:\n  sudo apt-get update && sudo apt-get install -y ${PACKAGES.join(' ')}\n` +
      '(or set CHROMIUM_PATH and FIREFOX_PATH to your own binaries, and install any font that covers Gujarati).',
  );
  process.exit(1);
}

console.error(`Installing ${needs.join(' and ')} for the browser tests (apt-get)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], { stdio: 'inherit', env });
needs = missing();
if (needs.length > 0) {
  console.error(`Still missing after apt-get: ${needs.join(', ')}.`);
  process.exit(1);
}
