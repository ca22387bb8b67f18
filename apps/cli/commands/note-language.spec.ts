import { CATALOGUES } from '#libs/web';
import { parseAuditArgs } from './audit-args';
import { verifyBundleCommand } from './verify-bundle';
import { bundleOf, parseLines } from '../../../libs/audit/src/testing/bundle-tampering';
import { DOCUMENT_ID, recordedNegotiation } from '../../../libs/audit/src/testing/recorded-negotiation';
import { BUNDLE_REPORT_EN, generateAuditSigningKey } from '#libs/audit';

/** Runs verify-bundle on lines held in memory; the key checked with is the one the bundle carries (a note says so). */
async function verify(lines: readonly string[], argv: readonly string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await verifyBundleCommand(['bundle.jsonl', ...argv], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    lines: async function* () {
      yield* lines;
    },
    readFile: () => '',
    env,
  });
  return { code, stdout, stderr };
}

const notesOf = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('note: ') || line.startsWith('ملاحظة: '));

describe('the command line’s notes in Arabic or English', () => {
  let lines: string[];
  beforeAll(async () => {
    lines = parseLines(await bundleOf(recordedNegotiation().events, [4], generateAuditSigningKey().privateKeyPem));
  });

  it('writes the notes of verify-bundle in the language --lang names', async () => {
    const arabic = await verify(lines, ['--lang', 'ar']);
    expect(arabic.code).toBe(0);
    expect(notesOf(arabic.stdout)).toContain(
      `ملاحظة: ${CATALOGUES.ar['verification.note.bundleKeyUntrusted'].replace('{option}', '--public-key <pem>')}`,
    );
    const english = await verify(lines, ['--lang', 'en'], { LANG: 'ar_EG.UTF-8' });
    expect(notesOf(english.stdout).join('\n')).toContain("A bundle's own key proves nothing by itself");
  });

  it('takes the language from the environment when --lang is not given, English otherwise', async () => {
    expect(notesOf((await verify(lines, [], { LC_ALL: 'ar_SA.UTF-8' })).stdout).join('\n')).toMatch(/\p{Script=Arabic}/u);
    expect(notesOf((await verify(lines, [], {})).stdout).join('\n')).not.toMatch(/\p{Script=Arabic}/u);
  });

  it("holds every sentence of libs/audit's report in the catalogue, in English exactly as libs/audit says it", () => {
    for (const [key, english] of Object.entries(BUNDLE_REPORT_EN))
      expect({ key, en: CATALOGUES.en[key as keyof typeof CATALOGUES.en] }).toEqual({ key, en: english });
  });

  it('writes the verdict and the explanation of a provision in the language --lang names', async () => {
    const arabic = await verify(lines, ['--lang', 'ar']);
    const [verdict, events, key] = arabic.stdout.split('\n');
    expect(verdict).toBe(CATALOGUES.ar['bundle.verdict.ok']);
    expect(events).toMatch(/^ {2}الأحداث/u);
    expect(key).toContain('تحقق غير مستقل');
    expect(arabic.stdout).not.toMatch(/checked with|proofs lead|NOT INDEPENDENT/u);
    const english = await verify(lines, ['--lang', 'en']);
    expect(english.stdout.split('\n')[0]).toBe('verify-bundle: OK');
    expect(english.stdout).toContain('NOT INDEPENDENT');
    const why = await verify(lines, ['--why', DOCUMENT_ID, 'إذ يذكّر/و', '--lang', 'ar']);
    expect(why.code).toBe(0);
    const explanation = why.stdout.slice(why.stdout.indexOf('لماذا يُقرأ'));
    expect(explanation).toMatch(/^لماذا يُقرأ .* كما يُقرأ الآن:\n {2}النسخة \d+ /u);
    expect(explanation).toContain(CATALOGUES.ar['bundle.why.legend']);
    expect(explanation).not.toMatch(/reads as it does|with the decisions since|checkpoint covers|gave the provision/u);
  });

  it('refuses a language it does not write in, as a usage mistake', async () => {
    const wrong = await verify(lines, ['--lang', 'fr']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--lang must be ar|en (got "fr")');
  });

  it('takes --lang for audit verify and audit restore only', () => {
    expect(parseAuditArgs(['restore', 'bundle.jsonl', '--lang', 'ar'], {})).toMatchObject({ action: 'restore', lang: 'ar' });
    expect(parseAuditArgs(['verify', '--lang=en'], {})).toMatchObject({ action: 'verify', lang: 'en' });
    expect(() => parseAuditArgs(['checkpoint', '--lang', 'ar'], {})).toThrow(
      expect.objectContaining({ message: '--lang is for audit verify and audit restore' }),
    );
    expect(() => parseAuditArgs(['verify', '--lang', 'de'], {})).toThrow(
      expect.objectContaining({ message: '--lang must be ar|en (got "de")' }),
    );
  });
});
