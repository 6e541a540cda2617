// The generated pages, in order of their numbers.
import type { PageMaker } from '../page.ts';
import { page as p301 } from './301-government-site.ts';
import { page as p302 } from './302-news-app.ts';
import { page as p303 } from './303-newspaper-headline-stack.ts';
import { page as p304 } from './304-jump-continued.ts';
import { page as p305 } from './305-columns-unequal.ts';
import { page as p306 } from './306-taiwan-big5.ts';
import { page as p307 } from './307-wechat-numbered.ts';
import { page as p308 } from './308-magazine-feature.ts';
import { page as p309 } from './309-work-report.ts';
import { page as p310 } from './310-brief-items.ts';
import { page as p311 } from './311-jump-a-pages.ts';

export const PAGES: readonly PageMaker[] = [p301, p302, p303, p304, p305, p306, p307, p308, p309, p310, p311];
