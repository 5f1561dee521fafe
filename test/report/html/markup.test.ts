import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { join, markup, raw, type Markup } from '../../../src/report/html/markup.js';

/** The five entities the template writes, back to their characters. */
function unescape(text: string): string {
  const chars: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => chars[entity]!);
}

/** Text with the characters that matter in HTML well represented, next to any Unicode. */
const hostileText = fc.oneof(
  fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", 'a', ' ', ';', '#', '/', '=') }),
  fc.string({ unit: 'grapheme' }),
);

describe('the markup template', () => {
  it('escapes a placed text, in element text and in attribute values', () => {
    const text = `<script>alert("x")</script> & 'y'`;
    expect(markup`<p title="${text}">${text}</p>`.toString()).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>',
    );
  });

  it('keeps its own literal parts as they are, whitespace and quotes included', () => {
    expect(markup`<a href='x'>\n  "b"</a>`.toString()).toBe(`<a href='x'>\n  "b"</a>`);
    expect(markup``.toString()).toBe('');
  });

  it('places markup from another template, or from raw(), unescaped', () => {
    const inner = markup`<b>${'1 < 2'}</b>`;
    expect(markup`<p>${inner}</p>`.toString()).toBe('<p><b>1 &lt; 2</b></p>');
    expect(markup`<style>${raw('a > b { font: "x" }')}</style>`.toString()).toBe('<style>a > b { font: "x" }</style>');
  });

  it('writes numbers as they print', () => {
    expect(markup`<col style="width: ${28}%" data-x="${-1.5}">`.toString()).toBe(
      '<col style="width: 28%" data-x="-1.5">',
    );
  });

  it('joins a list without separator, nested lists too, escaping the texts in it', () => {
    const items = ['a', markup`<i>b</i>`, ['<c>', 1]];
    expect(markup`<p>${items}</p>`.toString()).toBe('<p>a<i>b</i>&lt;c&gt;1</p>');
    expect(markup`<ul>${[]}</ul>`.toString()).toBe('<ul></ul>');
  });

  it('writes nothing for null, undefined and false', () => {
    const missing: string | undefined = undefined;
    expect(markup`<p>${null}${missing}${false}</p>`.toString()).toBe('<p></p>');
    const shown = (flag: boolean) => markup`<td>${flag && markup`<span>!</span>`}</td>`.toString();
    expect(shown(true)).toBe('<td><span>!</span></td>');
    expect(shown(false)).toBe('<td></td>');
  });

  it('takes no plain string or look-alike object for markup', () => {
    // @ts-expect-error a string is text, never markup
    const fromString: Markup = '<b>x</b>';
    const lookAlike = { toString: () => '<b>x</b>' };
    // @ts-expect-error an object with a toString() is not markup either
    const fromObject: Markup = lookAlike;
    // Forced past the types anyway, both are escaped as text.
    expect(markup`${fromString}`.toString()).toBe('&lt;b&gt;x&lt;/b&gt;');
    expect(markup`${fromObject as unknown as string}`.toString()).toBe('&lt;b&gt;x&lt;/b&gt;');
  });

  it('property: no placed text can open a tag or close a quoted attribute, and it reads back unchanged', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (text, other) => {
        const html = markup`<p title="${text}" data-x='${other}'>${[text, other]}</p>`.toString();
        const title = /^<p title="([^"]*)" data-x='([^']*)'>(.*)<\/p>$/s.exec(html);
        expect(title).not.toBeNull();
        const [, inTitle, inData, inText] = title!;
        for (const placed of [inTitle!, inData!, inText!]) {
          expect(placed).not.toMatch(/[<>"']/);
          // Every & starts one of the template's own entities.
          expect(placed.replace(/&(?:amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
        }
        expect(unescape(inTitle!)).toBe(text);
        expect(unescape(inData!)).toBe(other);
        expect(unescape(inText!)).toBe(text + other);
      }),
    );
  });
});

describe('join', () => {
  it('puts the separator between each two values, escaped unless it is markup', () => {
    expect(join(['a', markup`<b>b</b>`, '<c>'], '\n').toString()).toBe('a\n<b>b</b>\n&lt;c&gt;');
    expect(join(['a', 'b'], ' < ').toString()).toBe('a &lt; b');
    expect(join(['a', 'b'], markup`<br>`).toString()).toBe('a<br>b');
    expect(join([], '\n').toString()).toBe('');
  });

  it('keeps a separator around a value that writes nothing, as the report pages lay out their sections', () => {
    expect(join(['a', null, 'b'], '\n').toString()).toBe('a\n\nb');
  });
});
