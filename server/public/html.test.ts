import { describe, expect, it } from 'vitest';
import { escapeHtml, html, Html } from './html.js';

describe('the html template tag', () => {
  it('escapes everything a person typed, in text and in attributes', () => {
    const typed = `<script>alert("x")</script> & 'quotes'`;
    const page = html`<p title="${typed}">${typed}</p>`.value;
    expect(page).not.toContain('<script>');
    expect(page).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</p>',
    );
  });

  it('keeps markup that is already Html, joins lists and leaves out empty parts', () => {
    // Called by another name, so the formatter leaves the markup as written.
    const render = html;
    const items = ['a<b', 'c'].map((item) => render`<li>${item}</li>`);
    const page = render`<ul>${items}</ul>${false}${null}${undefined}${0}${new Html('<br />')}`;
    expect(page.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul>0<br />');
    expect(escapeHtml('"&"')).toBe('&quot;&amp;&quot;');
  });
});
