import { describe, expect, it } from 'vitest';
import { ERROR_REPORT_TO, PLACEHOLDER_SITE_URL, readReportTarget, readSiteAddress, SiteAddressError } from './consts.ts';

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

describe('readReportTarget', () => {
  it('reads an e-mail address, with or without mailto:', () => {
    expect(readReportTarget({ ARCHIVE_REPORT_TO: 'fix@archive.host.cn' })).toEqual({ kind: 'mail', address: 'fix@archive.host.cn' });
    expect(readReportTarget({ ARCHIVE_REPORT_TO: 'mailto:fix@archive.host.cn' })).toEqual({ kind: 'mail', address: 'fix@archive.host.cn' });
  });
  it('reads an https form address', () => {
    expect(readReportTarget({ ARCHIVE_REPORT_TO: 'https://forms.host.cn/report?site=a' })).toEqual({ kind: 'form', url: 'https://forms.host.cn/report?site=a' });
  });
  it('falls back to ERROR_REPORT_TO, and refuses anything else', () => {
    expect(readReportTarget({})).toEqual({ kind: 'mail', address: ERROR_REPORT_TO });
    expect(() => readReportTarget({ ARCHIVE_REPORT_TO: 'http://forms.host.cn/' })).toThrow(/ARCHIVE_REPORT_TO/);
    expect(() => readReportTarget({ ARCHIVE_REPORT_TO: 'editors' })).toThrow(/e-mail address or an https address/);
  });
});
