// Written by `npm run sites:registry` (and `npm run new-portal`) from the files in this folder.
import akilanewsCom from './akilanews.com';
import bbcComGujarati from './bbc.com-gujarati';
import bombaysamacharCom from './bombaysamachar.com';
import chitralekhaCom from './chitralekha.com';
import divyabhaskarCoIn from './divyabhaskar.co.in';
import gstvIn from './gstv.in';
import gujaratiAbpliveCom from './gujarati.abplive.com';
import gujaratiIndianexpressCom from './gujarati.indianexpress.com';
import gujaratiNews18Com from './gujarati.news18.com';
import gujaratiOneindiaCom from './gujarati.oneindia.com';
import gujaratijagranCom from './gujaratijagran.com';
import gujaratimiddayCom from './gujaratimidday.com';
import gujaratsamacharCom from './gujaratsamachar.com';
import iamgujaratCom from './iamgujarat.com';
import navgujaratsamayCom from './navgujaratsamay.com';
import sandeshCom from './sandesh.com';
import tv9gujaratiCom from './tv9gujarati.com';
import vtvgujaratiCom from './vtvgujarati.com';
import zeenewsIndiaComGujarati from './zeenews.india.com-gujarati';
import type { SiteRule } from './types';

export const SITE_RULES: readonly SiteRule[] = [
  akilanewsCom,
  bbcComGujarati,
  bombaysamacharCom,
  chitralekhaCom,
  divyabhaskarCoIn,
  gstvIn,
  gujaratiAbpliveCom,
  gujaratiIndianexpressCom,
  gujaratiNews18Com,
  gujaratiOneindiaCom,
  gujaratijagranCom,
  gujaratimiddayCom,
  gujaratsamacharCom,
  iamgujaratCom,
  navgujaratsamayCom,
  sandeshCom,
  tv9gujaratiCom,
  vtvgujaratiCom,
  zeenewsIndiaComGujarati,
];
