import { loadPdfConfig } from './pdf-config';

describe('loadPdfConfig', () => {
  const none = () => false;

  it('finds Chromium where Debian puts it', () => {
    const problems: string[] = [];
    expect(loadPdfConfig({}, problems, (path) => path === '/usr/bin/chromium')).toEqual({
      chromiumPath: '/usr/bin/chromium',
      source: 'found',
      timeoutMs: 30_000,
    });
    expect(problems).toEqual([]);
  });

  it('offers no PDF when there is none, or when CHROMIUM_PATH=off', () => {
    expect(loadPdfConfig({}, [], none)).toEqual({ source: 'none', timeoutMs: 30_000 });
    expect(loadPdfConfig({ CHROMIUM_PATH: 'off' }, [], () => true)).toEqual({ source: 'off', timeoutMs: 30_000 });
  });

  it('refuses a CHROMIUM_PATH that names no file, and a timeout that is not a positive whole number', () => {
    const problems: string[] = [];
    loadPdfConfig({ CHROMIUM_PATH: '/opt/chrome', PDF_TIMEOUT_MS: '0' }, problems, none);
    expect(problems).toEqual([
      expect.stringContaining('PDF_TIMEOUT_MS'),
      expect.stringContaining('CHROMIUM_PATH names no file: /opt/chrome'),
    ]);
  });
});
