import { attr, escapeHtml, html, join, trusted } from './html';

describe('html templates', () => {
  it('escapes every interpolated text, in content and in quoted attributes', () => {
    const name = `Civic <Lab> & "Friends" 'n' <img src=x onerror=alert(1)>`;
    const markup = html`<p title="${name}">${name}</p>`.markup;
    expect(markup).toBe(
      '<p title="Civic &lt;Lab&gt; &amp; &quot;Friends&quot; &#39;n&#39; &lt;img src=x onerror=alert(1)&gt;">Civic &lt;Lab&gt; &amp; &quot;Friends&quot; &#39;n&#39; &lt;img src=x onerror=alert(1)&gt;</p>',
    );
  });

  it('keeps markup built by html or handed over by a renderer, and writes nothing for null, undefined and false', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${trusted('<ins>x</ins>')}${null}${undefined}${false}${0}</p>`.markup).toBe(
      '<p><b>&lt;i&gt;</b><ins>x</ins>0</p>',
    );
  });

  it('joins lists, nested or not, escaping each item', () => {
    expect(html`${['<a>', ['b', html`<c/>`]]}`.markup).toBe('&lt;a&gt;b<c/>');
    expect(join(['x', '<y>'], ' & ').markup).toBe('x &amp; &lt;y&gt;');
  });

  it('writes a boolean attribute only when present', () => {
    expect(html`<input${attr('required', true)}${attr('checked', false)}>`.markup).toBe('<input required>');
  });

  it('escapes the five characters that matter in HTML and nothing else', () => {
    expect(escapeHtml('إذ يذكّر & <"\'>')).toBe('إذ يذكّر &amp; &lt;&quot;&#39;&gt;');
  });
});
