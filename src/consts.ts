// The site's name, its standing texts and where it is published: written here and nowhere else.
//
// Environment variables of the project all start with ARCHIVE_. The site reads two:
//   ARCHIVE_SITE_URL  where the site is published: scheme and host, e.g. https://archive.example.net
//                     (the site lives at the root of its host). Every permalink, citation, canonical
//                     link, the feeds, robots.txt and the sitemap are built from it. Unset, the build
//                     uses PLACEHOLDER_SITE_URL and says so loudly.
//   ARCHIVE_DEPLOY=1  a build to publish: refuses to run unless ARCHIVE_SITE_URL is a real https
//                     address (not the placeholder).
//   ARCHIVE_REPORT_TO where readers' error reports go (see ERROR_REPORT_TO below); unset, ERROR_REPORT_TO.
// (Others: ARCHIVE_ARTICLES_DIR, the articles to build, for tests; ARCHIVE_SEARCH_SHARD_PAGES,
// see src/integrations/search-index.ts; ARCHIVE_CACHE_DIR, the build cache, see
// src/integrations/build-cache.ts; ARCHIVE_LM and ARCHIVE_LM_DIR, the language model.)

export const SITE_NAME = '徐州新闻剪报档案';
/** A page's meta description when it has none of its own. */
export const SITE_DESCRIPTION = '徐州与高新园区新闻剪报档案：OCR 剪报整理为可检索、可溯源的文章。';
export const FEED_TITLE = `${SITE_NAME} · 最新文章`;
export const FEED_DESCRIPTION = '徐州与高新园区新闻剪报档案的最新文章';

export const SITE_URL_VARIABLE = 'ARCHIVE_SITE_URL';
export const DEPLOY_VARIABLE = 'ARCHIVE_DEPLOY';
/** Stands in while ARCHIVE_SITE_URL is unset: example.org is reserved (RFC 2606), never a real site. */
export const PLACEHOLDER_SITE_URL = 'https://xuzhou-archive.example.org';

export interface SiteAddress {
  /** The origin the site is published at, e.g. https://archive.example.net (no trailing slash). */
  url: string;
  /** True while ARCHIVE_SITE_URL is unset (or names a reserved example host). */
  placeholder: boolean;
  /** True when ARCHIVE_DEPLOY asks for a build to publish. */
  deploy: boolean;
}

export class SiteAddressError extends Error {}

const EXAMPLE_HOST = /(^|\.)example\.(org|com|net)$|^localhost$|^127\./;

/** Reads ARCHIVE_SITE_URL (and ARCHIVE_DEPLOY); throws SiteAddressError with what to fix. */
export function readSiteAddress(env: Record<string, string | undefined> = process.env): SiteAddress {
  const deploy = Boolean(env[DEPLOY_VARIABLE]) && env[DEPLOY_VARIABLE] !== '0';
  const given = env[SITE_URL_VARIABLE]?.trim();
  let url: URL;
  try {
    url = new URL(given || PLACEHOLDER_SITE_URL);
  } catch {
    throw new SiteAddressError(`${SITE_URL_VARIABLE}: expected an address like https://archive.example.net, got ${JSON.stringify(given)}`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new SiteAddressError(`${SITE_URL_VARIABLE}: expected scheme and host only (the site is served from the root of its host), got ${given}`);
  }
  const placeholder = !given || EXAMPLE_HOST.test(url.hostname);
  if (deploy && placeholder) {
    throw new SiteAddressError(`${DEPLOY_VARIABLE} is set but ${SITE_URL_VARIABLE} ${given ? `names a placeholder host (${given})` : 'is unset'}: set it to the address the site is published at`);
  }
  if (deploy && url.protocol !== 'https:') throw new SiteAddressError(`${DEPLOY_VARIABLE} is set: ${SITE_URL_VARIABLE} must be an https address, got ${given}`);
  return { url: url.origin, placeholder, deploy };
}

/** What the build says while the placeholder stands in. */
export function placeholderWarning(address: SiteAddress): string {
  return [
    `${SITE_URL_VARIABLE} is unset or names no published host: every permalink, citation, canonical link, feed, robots.txt and the sitemap point at ${address.url}.`,
    `Set ${SITE_URL_VARIABLE}=https://your.host before building a site to publish (${DEPLOY_VARIABLE}=1 makes the build refuse to run without it).`,
  ].join('\n');
}

/**
 * Where a reader's error report goes: every article has a 纠错 link that opens a message with the
 * article's title, address and raw-text line numbers filled in. Either an e-mail address (the link
 * is mailto: with a subject and a body) or an https address of a web form, which gets `subject` and
 * `body` in its query. Set it here, or per build with ARCHIVE_REPORT_TO.
 */
export const ERROR_REPORT_TO = 'corrections@xuzhou-archive.example.org';
export const REPORT_TO_VARIABLE = 'ARCHIVE_REPORT_TO';

export type ReportTarget = { kind: 'mail'; address: string } | { kind: 'form'; url: string };

/** Reads ARCHIVE_REPORT_TO (or ERROR_REPORT_TO); throws with what to fix when it is neither form. */
export function readReportTarget(env: Record<string, string | undefined> = process.env): ReportTarget {
  const given = env[REPORT_TO_VARIABLE]?.trim() || ERROR_REPORT_TO;
  const mail = /^(?:mailto:)?([^\s@/?#:]+@[^\s@/?#]+\.[^\s@/?#]+)$/i.exec(given);
  if (mail) return { kind: 'mail', address: mail[1]! };
  if (/^https:\/\/[^\s]+$/i.test(given) && URL.canParse(given)) return { kind: 'form', url: given };
  throw new Error(`${REPORT_TO_VARIABLE} (or ERROR_REPORT_TO in src/consts.ts): expected an e-mail address or an https address, got ${JSON.stringify(given)}`);
}
