// Written by `npm run sites:registry` (and `npm run new-portal`) from the files in this folder.
import gujaratiAbpliveCom from './gujarati.abplive.com';
import type { SiteRule } from './types';

export const SITE_RULES: readonly SiteRule[] = [
  gujaratiAbpliveCom,
];
