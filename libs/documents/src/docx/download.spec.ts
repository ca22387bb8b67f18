import { attachmentDisposition, docxFileName } from './download';

describe('a .docx handed out over HTTP', () => {
  it('names the file from its symbol and version, without characters a file system refuses', () => {
    expect(docxFileName('C23/71-E', 'v2')).toBe('C23-71-E_v2.docx');
    expect(docxFileName('القرار 1334', 'working')).toBe('القرار-1334_working.docx');
    expect(docxFileName('', '')).toBe('document.docx');
  });

  it('gives an ASCII fallback and the UTF-8 name in Content-Disposition', () => {
    expect(attachmentDisposition('القرار_v1.docx')).toBe(
      `attachment; filename="_______v1.docx"; filename*=UTF-8''${encodeURIComponent('القرار')}_v1.docx`,
    );
  });

  it('names an ASCII file plainly, inline when a browser is to show it, and never lets a quote or a parenthesis through unencoded', () => {
    expect(attachmentDisposition('res-1334-version-2.pdf', 'inline')).toBe('inline; filename="res-1334-version-2.pdf"');
    expect(attachmentDisposition('Res "1334" (2023).docx')).toBe(
      `attachment; filename="Res _1334_ (2023).docx"; filename*=UTF-8''Res%20%221334%22%20%282023%29.docx`,
    );
  });
});
