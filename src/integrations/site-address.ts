// Says, loudly, when the site is built for the placeholder address, so a site meant for readers
// is not published with permalinks, citations and a sitemap pointing at example.org.
// (ARCHIVE_DEPLOY=1 builds refuse instead: readSiteAddress throws before the build starts.)
import type { AstroIntegration } from 'astro';
import { placeholderWarning, type SiteAddress } from '../consts.ts';

export default function siteAddressCheck(address: SiteAddress): AstroIntegration {
  return {
    name: 'archive-site-address',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'build' && address.placeholder) logger.warn(`\n${'!'.repeat(72)}\n${placeholderWarning(address)}\n${'!'.repeat(72)}`);
      },
      'astro:build:done': ({ logger }) => {
        // Said again at the end, where it is read.
        if (address.placeholder) logger.warn(placeholderWarning(address).split('\n')[0]!);
        else logger.info(`permalinks, feeds and the sitemap point at ${address.url}`);
      },
    },
  };
}
