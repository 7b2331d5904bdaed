// Written by `npm run sites:registry` (and `npm run new-portal`) from the files in this folder.
import bombaysamacharCom from './bombaysamachar.com';
import chitralekhaCom from './chitralekha.com';
import divyabhaskarCoIn from './divyabhaskar.co.in';
import gujaratiAbpliveCom from './gujarati.abplive.com';
import gujaratiIndianexpressCom from './gujarati.indianexpress.com';
import gujaratsamacharCom from './gujaratsamachar.com';
import iamgujaratCom from './iamgujarat.com';
import type { SiteRule } from './types';

export const SITE_RULES: readonly SiteRule[] = [
  bombaysamacharCom,
  chitralekhaCom,
  divyabhaskarCoIn,
  gujaratiAbpliveCom,
  gujaratiIndianexpressCom,
  gujaratsamacharCom,
  iamgujaratCom,
];
