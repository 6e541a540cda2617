import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE_URL, readSiteAddress, SiteAddressError } from './consts.ts';

describe('readSiteAddress', () => {
  it('takes the address from ARCHIVE_SITE_URL, as an origin', () => {
    expect(readSiteAddress({ ARCHIVE_SITE_URL: 'https://archive.xz-news.cn/' })).toEqual({ url: 'https://archive.xz-news.cn', placeholder: false, deploy: false });
  });
  it('falls back to the placeholder, marked as such, when unset', () => {
    expect(readSiteAddress({})).toEqual({ url: PLACEHOLDER_SITE_URL, placeholder: true, deploy: false });
    expect(readSiteAddress({ ARCHIVE_SITE_URL: '  ' }).placeholder).toBe(true);
    expect(readSiteAddress({ ARCHIVE_SITE_URL: 'http://127.0.0.1:4321' }).placeholder).toBe(true);
  });
  it('refuses what is not an address, or an address below the host root', () => {
    expect(() => readSiteAddress({ ARCHIVE_SITE_URL: 'archive' })).toThrow(SiteAddressError);
    expect(() => readSiteAddress({ ARCHIVE_SITE_URL: 'https://host.cn/archive/' })).toThrow(/root of its host/);
    expect(() => readSiteAddress({ ARCHIVE_SITE_URL: 'ftp://host.cn' })).toThrow(SiteAddressError);
  });
  it('refuses, for a build to publish, a missing, placeholder or plain-http address', () => {
    expect(() => readSiteAddress({ ARCHIVE_DEPLOY: '1' })).toThrow(/ARCHIVE_SITE_URL is unset/);
    expect(() => readSiteAddress({ ARCHIVE_DEPLOY: '1', ARCHIVE_SITE_URL: PLACEHOLDER_SITE_URL })).toThrow(/placeholder/);
    expect(() => readSiteAddress({ ARCHIVE_DEPLOY: '1', ARCHIVE_SITE_URL: 'http://archive.host.cn' })).toThrow(/https/);
    expect(readSiteAddress({ ARCHIVE_DEPLOY: '1', ARCHIVE_SITE_URL: 'https://archive.host.cn' })).toEqual({ url: 'https://archive.host.cn', placeholder: false, deploy: true });
    expect(readSiteAddress({ ARCHIVE_DEPLOY: '0' }).deploy).toBe(false);
  });
});
