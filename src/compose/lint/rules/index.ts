import type { ComposeRule } from '../rule.js';
import { DC001 } from './DC001.js';
import { DC002 } from './DC002.js';
import { DC003 } from './DC003.js';
import { DC004 } from './DC004.js';
import { DC005 } from './DC005.js';
import { DC006 } from './DC006.js';
import { DC007 } from './DC007.js';
import { DC008 } from './DC008.js';
import { DC009 } from './DC009.js';
import { DC010 } from './DC010.js';
import { DC011 } from './DC011.js';
import { DC012 } from './DC012.js';
import { DC013 } from './DC013.js';
import { DC014 } from './DC014.js';

/** Every Compose lint rule, in code order. */
export const composeRules: ComposeRule[] = [
  DC001,
  DC002,
  DC003,
  DC004,
  DC005,
  DC006,
  DC007,
  DC008,
  DC009,
  DC010,
  DC011,
  DC012,
  DC013,
  DC014,
];
