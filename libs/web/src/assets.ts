import { createHash } from 'node:crypto';

/*
 * Everything a page loads besides its HTML: one small style sheet and, on the two pages that
 * need it, one small script. No framework, no web font, no image: a page reads on a slow
 * link as soon as its HTML arrives, and works without the script.
 */

/** The style sheet: logical properties only, so one sheet serves right-to-left and left-to-right pages. */
export const APP_CSS = `
:root{--fg:#1b1b1b;--muted:#4d4d4d;--bg:#fff;--line:#8c8c8c;--accent:#0a4a84;--ins:#e2f3e2;--del:#fbe4e4;--warn:#8f1d1d;--ok:#22662a;--focus:#b84a00;--pale:#f3f5f7}
*{box-sizing:border-box}
html{font-family:system-ui,"Segoe UI","Noto Sans","Noto Naskh Arabic","DejaVu Sans",Tahoma,sans-serif;line-height:1.55;color:var(--fg);background:var(--bg)}
body{margin:0}
a{color:var(--accent);text-underline-offset:.15em}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;inset-inline-start:-100vw;top:.5rem;background:#fff;padding:.5rem;z-index:9}
.skip:focus{inset-inline-start:.5rem}
.site{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;padding:.6rem 1.5rem;border-block-end:1px solid var(--line);background:var(--pale)}
.site .brand{font-weight:700;color:var(--fg);text-decoration:none}
.site ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0;padding:0}
.site .who{margin-inline-start:auto;display:flex;gap:.75rem;align-items:center;flex-wrap:wrap}
main{display:block;padding:1rem 1.5rem 3rem;max-width:76rem;margin-inline:auto}
h1{font-size:1.5rem;margin-block:.5rem}h2{font-size:1.25rem;margin-block:1.5rem .5rem}h3{font-size:1.05rem;margin-block:1rem .4rem}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid var(--line);padding:.4rem .55rem;text-align:start;vertical-align:top}
thead th{background:var(--pale)}
.notice{border:2px solid var(--line);padding:.5rem .8rem;margin-block:1rem;border-radius:4px}
.notice.success{border-color:var(--ok);background:#eef7ee}
.notice.error{border-color:var(--warn);background:#fcefef}
.notice .icon{font-weight:700;margin-inline-end:.4em}
label,.label-like{display:block;font-weight:600;margin-block:.6rem .15rem}
input[type=text],input[type=date],input[type=password],textarea,select{font:inherit;width:100%;max-width:44rem;padding:.35rem .45rem;border:1px solid #5c5c5c;border-radius:3px;background:#fff;color:var(--fg)}
textarea{min-height:4.5rem}
textarea[readonly]{background:#fbfaf6}
fieldset{border:1px solid var(--line);border-radius:4px;margin-block:1rem;padding:.5rem 1rem 1rem}
legend{font-weight:700;padding-inline:.3rem}
.choice{display:flex;gap:.5rem;align-items:baseline;font-weight:400;margin-block:.3rem}
.choice input{flex:none}
.choice label{font-weight:400;margin:0}
.choices{max-height:32rem;overflow-y:auto;border:1px solid var(--line);padding:.25rem .75rem}
.section-heading{font-style:italic;font-weight:600;margin-block:.8rem .2rem}
button{font:inherit;padding:.35rem .9rem;border:2px solid var(--accent);background:var(--accent);color:#fff;border-radius:4px;cursor:pointer;margin-block:.4rem}
button.secondary{background:#fff;color:var(--accent)}
.actions{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
ul.actions,ul.links,ul.identities{list-style:none;padding:0}
ul.links li{margin-block:.15rem}
.inline{display:inline}
.hint{color:var(--muted);font-size:.92em;margin:.15rem 0 .3rem}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
ins{text-decoration:underline 2px;text-underline-offset:.25em;background:var(--ins)}
del{text-decoration:line-through 2px;background:var(--del)}
ins::before,del::before{display:inline-block;text-decoration:none;font-weight:700;font-size:.75em;vertical-align:super;margin-inline:.1em}
ins::before{content:"+";content:"+" / ""}
del::before{content:"\\2212";content:"\\2212" / ""}
.legend ins,.legend del{padding-inline:.2em}
.tag{font-family:ui-monospace,monospace;font-weight:700;margin-inline-end:.5em}
.status{display:inline;border:0;border-inline-start:3px solid currentColor;border-radius:0;box-shadow:none;background:none;padding-inline-start:.3em;font-size:.9em;font-weight:600;white-space:nowrap;cursor:default}
.status-accepted,.status-accepted-as-modified,.status-merged{color:var(--ok)}
.status-rejected,.status-withdrawn{color:var(--warn)}
.conflict{border-inline-start:4px solid var(--warn);padding-inline-start:.5rem;color:var(--warn);margin-block:.3rem}
.document{border:1px solid var(--line);border-radius:4px;padding:.5rem 1.25rem;background:#fffdf7}
.document ol.provisions,.resolution ol.provisions,.marked-text ol.provisions{list-style:none;padding-inline-start:1.25rem}
.document .label{font-weight:700;margin-inline-end:.35em}
.document h1.title{font-size:1.3rem}
.document .heading{font-size:1.05rem;font-style:italic}
.document [data-change]{margin-block:.2rem}
.symbol,.label{white-space:nowrap}
em:lang(ar),i:lang(ar),cite:lang(ar),.heading:lang(ar),.section-heading:lang(ar),.note:lang(ar){font-style:normal;font-weight:700}
.phases{display:flex;flex-wrap:wrap;list-style:none;gap:.3rem;padding:0}
.phases li{border:1px solid var(--line);padding:.1rem .7rem;border-radius:1rem}
.phases li[aria-current]{background:var(--accent);color:#fff;font-weight:700;border-color:var(--accent)}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
dl.facts dt{font-weight:600}dl.facts dd{margin:0}
.proposals{list-style:none;margin:0;padding:0}
.proposals>li{border-block-end:1px dashed var(--line);padding-block:.4rem}
.proposals>li:last-child{border-block-end:0}
.meta{font-size:.92em;color:var(--muted)}
.compilation td.provision{width:45%}
.compilation tr.section th{background:var(--pale)}
details.rule{margin-block:.3rem}
details.rule summary{cursor:pointer;color:var(--accent);font-weight:600}
.timeline{list-style:none;padding:0;margin:0;max-height:28rem;overflow-y:auto;border:1px solid var(--line)}
.timeline li{padding:.3rem .6rem;border-block-end:1px solid #ddd}
.timeline li[aria-current]{background:#fff3d0;font-weight:600}
input[type=range]{width:100%;max-width:44rem}
.two{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,3fr);gap:1.25rem}
.ok{color:var(--ok);font-weight:700}.bad{color:var(--warn);font-weight:700}
code,.hash{font-family:ui-monospace,monospace;font-size:.9em;overflow-wrap:anywhere}
@media (max-width:48rem){.two{grid-template-columns:1fr}main{padding-inline:.75rem}}
@page{size:A4;margin:2cm}
@media print{.site,.skip,form,button,.actions,.notice,details.rule{display:none!important}main{max-width:none;padding:0}a{color:inherit;text-decoration:none}.document{border:0;padding:0;background:none}ins,del{background:none}tr,li.provision,.proposals>li{break-inside:avoid}h1,h2,h3,.heading,.section-heading{break-after:avoid}.timeline,.choices{max-height:none;overflow:visible;border:0}.two{display:block}}
`.trim();

/**
 * The script, for progressive enhancement only: words selected in a provision fill the
 * "words to change" field (the field can be typed in without it), and the history's slider
 * shows the text as of each moment as it moves (the form's button does the same without it).
 */
export const APP_JS = `
(function () {
  'use strict';
  var WORD = /[\\p{L}\\p{N}\\p{M}]/u;
  document.querySelectorAll('textarea[data-select-words]').forEach(function (source) {
    var form = source.form;
    var words = document.getElementById(source.getAttribute('data-select-words'));
    var start = form.elements.namedItem('selStart');
    var end = form.elements.namedItem('selEnd');
    // Chromium moves no caret in a read-only text area, so Shift+Arrow selects nothing there:
    // the script makes it editable for the caret only, and refuses every change to its text.
    var text = source.value;
    source.readOnly = false;
    source.setAttribute('aria-readonly', 'true');
    source.setAttribute('inputmode', 'none');
    source.addEventListener('beforeinput', function (event) { event.preventDefault(); });
    source.addEventListener('input', function () {
      var s = source.selectionStart;
      source.value = text;
      source.setSelectionRange(s, s);
    });
    function take() {
      var s = source.selectionStart, e = source.selectionEnd;
      if (e <= s) return;
      while (s > 0 && WORD.test(text.charAt(s - 1)) && WORD.test(text.charAt(s))) s--;
      while (e < text.length && WORD.test(text.charAt(e)) && WORD.test(text.charAt(e - 1))) e++;
      while (s < e && /\\s/.test(text.charAt(s))) s++;
      while (e > s && /\\s/.test(text.charAt(e - 1))) e--;
      if (e <= s) return;
      words.value = text.slice(s, e);
      start.value = String(s);
      end.value = String(e);
    }
    ['select', 'mouseup', 'keyup', 'selectionchange'].forEach(function (type) { source.addEventListener(type, take); });
    words.addEventListener('input', function () { start.value = ''; end.value = ''; });
  });
  document.querySelectorAll('input[type=range][data-timeline]').forEach(function (slider) {
    var moments = Array.prototype.slice.call(document.querySelectorAll(slider.getAttribute('data-timeline') + ' [data-position]'));
    var output = document.getElementById(slider.getAttribute('data-output'));
    var target = document.getElementById(slider.getAttribute('data-target'));
    var pending;
    function moment() {
      var p = Number(slider.value), best = moments[0];
      moments.forEach(function (m) { if (Number(m.getAttribute('data-position')) <= p) best = m; });
      return best;
    }
    function describe() {
      var m = moment();
      if (!m) return;
      var text = m.getAttribute('data-label');
      output.textContent = text;
      slider.setAttribute('aria-valuetext', text);
      moments.forEach(function (other) { if (other === m) other.setAttribute('aria-current', 'true'); else other.removeAttribute('aria-current'); });
    }
    function show() {
      var url = new URL(slider.form.action, location.href);
      new FormData(slider.form).forEach(function (value, name) { url.searchParams.set(name, value); });
      history.replaceState(null, '', url);
      url.searchParams.set('fragment', '1');
      if (pending) pending.abort();
      pending = new AbortController();
      fetch(url, { signal: pending.signal, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (markup) { target.innerHTML = markup; })
        .catch(function () {});
    }
    slider.addEventListener('input', describe);
    slider.addEventListener('change', show);
    describe();
  });
})();
`.trim();

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** The assets' addresses, named by their content so that browsers may keep them for good. */
export const ASSETS = {
  css: { path: `/web/assets/app.${digest(APP_CSS)}.css`, body: APP_CSS, type: 'text/css; charset=utf-8' },
  js: { path: `/web/assets/app.${digest(APP_JS)}.js`, body: APP_JS, type: 'text/javascript; charset=utf-8' },
} as const;
