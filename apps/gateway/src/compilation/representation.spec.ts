import { chooseCompilationFormat as chooseRepresentation } from './representation';

describe('the representation of the compilation', () => {
  it('is JSON unless HTML is preferred', () => {
    expect(chooseRepresentation(undefined, undefined)).toEqual({ ok: true, value: 'json' });
    expect(chooseRepresentation(undefined, '*/*')).toEqual({ ok: true, value: 'json' });
    expect(chooseRepresentation(undefined, 'application/json')).toEqual({ ok: true, value: 'json' });
    expect(chooseRepresentation(undefined, 'text/html')).toEqual({ ok: true, value: 'html' });
    // What a browser sends.
    expect(chooseRepresentation(undefined, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toEqual({
      ok: true,
      value: 'html',
    });
    expect(chooseRepresentation(undefined, 'text/html;q=0.5, application/json')).toEqual({ ok: true, value: 'json' });
    expect(chooseRepresentation(undefined, 'text/*')).toEqual({ ok: true, value: 'html' });
  });

  it('follows format over the Accept header, and refuses what it cannot give', () => {
    expect(chooseRepresentation('html', 'application/json')).toEqual({ ok: true, value: 'html' });
    expect(chooseRepresentation('pdf', 'application/json')).toEqual({ ok: true, value: 'pdf' });
    expect(chooseRepresentation('rtf', undefined)).toEqual({ ok: false, status: 400, detail: 'format must be json, html, docx or pdf' });
    expect(chooseRepresentation(undefined, 'application/pdf')).toEqual({ ok: true, value: 'pdf' });
    expect(chooseRepresentation(undefined, 'image/png')).toMatchObject({ ok: false, status: 406 });
    expect(chooseRepresentation(undefined, 'text/html;q=0, application/json;q=0')).toMatchObject({ ok: false, status: 406 });
  });

  it('answers Word when format=docx or when the Accept header names it above the others', () => {
    expect(chooseRepresentation('docx', 'text/html')).toEqual({ ok: true, value: 'docx' });
    expect(chooseRepresentation(undefined, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toEqual({
      ok: true,
      value: 'docx',
    });
    expect(chooseRepresentation(undefined, 'text/html,*/*;q=0.8')).toEqual({ ok: true, value: 'html' });
  });
});
