import { ProblemException } from '#libs/runtime';
import { PdfPrinter } from './pdf-printer';

function refusal(action: () => unknown): ProblemException['problem'] {
  try {
    action();
  } catch (error) {
    if (error instanceof ProblemException) return error.problem;
    throw error;
  }
  throw new Error('no refusal');
}

describe('PdfPrinter without a Chromium', () => {
  it('refuses with 503 problem details naming what is missing and how to provide it', async () => {
    const printer = new PdfPrinter({ source: 'none', timeoutMs: 1000 });
    const problem = refusal(() => printer.assertAvailable());
    expect(problem).toMatchObject({ status: 503, type: expect.stringMatching(/pdf-unavailable$/), title: 'PDF is not available' });
    expect(problem.detail).toContain('chromium');
    expect(problem.detail).toContain('CHROMIUM_PATH');
    await expect(printer.print({ html: '<p>x</p>', language: 'en' })).rejects.toBeInstanceOf(ProblemException);
  });

  it('says so when PDF is switched off', () => {
    expect(refusal(() => new PdfPrinter({ source: 'off', timeoutMs: 1000 }).assertAvailable()).detail).toContain('CHROMIUM_PATH=off');
  });

  it('answers 503 naming the cause when the configured browser cannot start', async () => {
    const printer = new PdfPrinter({ chromiumPath: '/nonexistent/chromium', source: 'CHROMIUM_PATH', timeoutMs: 1000 });
    await expect(printer.print({ html: '<p>x</p>', language: 'en' })).rejects.toMatchObject({
      problem: { status: 503, detail: expect.stringContaining('/nonexistent/chromium') },
    });
  });
});
