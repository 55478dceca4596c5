/** @vitest-environment jsdom */
import fc from 'fast-check';

import {
  collectScriptHashes,
  findInlineScripts,
  findUnhashableScript,
  scriptHashSource,
} from '@/scripts/csp/inline-scripts.mjs';

/** Script text as a page may hold it: any characters, but none that would end the element early. */
const scriptText = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom('<', '/', '>', 's', 'S', 'c', '"', "'", '\n', '\r', '\t', ' ', '=', '\\'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    ),
    maxLength: 60,
  })
  // A browser ends a script at `</script`, and treats `<!--` inside one specially; Next.js
  // escapes `<` in what it streams, so neither appears in a real page's inline scripts.
  .filter((text) => !/<\/script|<!--/i.test(text) && !text.includes('\0'));

/** The inline scripts a browser's HTML parser finds, as text: what CSP hashes. */
function parseInlineScripts(html: string): string[] {
  const document = new DOMParser().parseFromString(html, 'text/html');
  return [...document.querySelectorAll('script:not([src])')]
    .filter((script) =>
      ['', 'text/javascript', 'module'].includes(script.getAttribute('type') ?? ''),
    )
    .map((script) => script.textContent ?? '');
}

describe('findInlineScripts', () => {
  it('returns the text of each inline script, in page order', () => {
    const html =
      '<html><head><script src="/a.js" async=""></script><script id="_R_">a()</script></head>' +
      '<body><p>x</p><SCRIPT>b()</SCRIPT><script type="module">c()</script></body></html>';
    expect(findInlineScripts(html)).toEqual(['a()', 'b()', 'c()']);
  });

  it('skips scripts with a src, even a src the tag spells in capitals or without quotes', () => {
    expect(
      findInlineScripts('<script SRC=/a.js>ignored()</script><script>kept()</script>'),
    ).toEqual(['kept()']);
  });

  it('skips data blocks, which the browser never runs', () => {
    const html =
      '<script type="application/json">{"a":1}</script>' +
      '<script type="application/ld+json">{}</script><script type="text/javascript">run()</script>';
    expect(findInlineScripts(html)).toEqual(['run()']);
  });

  it('reads a tag whose quoted attribute holds a >', () => {
    expect(findInlineScripts('<script data-x="a>b">run()</script>')).toEqual(['run()']);
  });

  it('finds what the browser’s HTML parser finds, for any script text', () => {
    fc.assert(
      fc.property(fc.array(scriptText, { maxLength: 4 }), (texts) => {
        const html = `<!doctype html><html><head></head><body>${texts
          .map((text, i) => `<p>${i}</p><script>${text}</script>`)
          .join('')}</body></html>`;
        const found = findInlineScripts(html);
        expect(found).toEqual(texts);
        // The browser hashes the parsed text; the hash of the raw text must be the same.
        expect(found.map(scriptHashSource)).toEqual(parseInlineScripts(html).map(scriptHashSource));
      }),
    );
  });
});

describe('scriptHashSource', () => {
  it('gives the hash source the CSP specification gives for its example script', () => {
    expect(scriptHashSource("alert('Hello, world.');")).toBe(
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    );
  });

  it('hashes line breaks as the HTML parser leaves them, CR LF and CR as LF', () => {
    expect(scriptHashSource('a()\r\nb()\rc()')).toBe(scriptHashSource('a()\nb()\nc()'));
  });

  it('hashes the text as UTF-8', () => {
    expect(scriptHashSource('x("Ré ✓")')).not.toBe(scriptHashSource('x("Re ?")'));
    expect(scriptHashSource('x("Ré ✓")')).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });
});

describe('collectScriptHashes', () => {
  it('lists each script’s hash once, sorted, whatever the order of the pages', () => {
    fc.assert(
      fc.property(fc.array(fc.array(scriptText, { maxLength: 3 }), { maxLength: 4 }), (pages) => {
        const html = pages.map((texts) => texts.map((t) => `<script>${t}</script>`).join(''));
        const hashes = collectScriptHashes(html);
        expect(hashes).toEqual([...new Set(pages.flat().map(scriptHashSource))].sort());
        expect(collectScriptHashes([...html].reverse())).toEqual(hashes);
      }),
    );
  });
});

describe('findUnhashableScript', () => {
  it('finds event-handler attributes and javascript: URLs, however they are spelt', () => {
    const html =
      '<button onclick="go()">Go</button><a HREF=" JavaScript:go()">Go</a>' +
      '<form action="javascript:void 0"></form><img src="/a.png" onError=\'x()\'>';
    expect(findUnhashableScript(html)).toEqual([
      'onclick="go()"',
      'href=" JavaScript:go()"',
      'action="javascript:void 0"',
      'onerror="x()"',
    ]);
  });

  it('leaves alone the words in script text, comments and page text, and ordinary links', () => {
    const html =
      '<script>self.push("<a onclick=x()>")</script><!-- <b onclick="x()"> -->' +
      '<p>Write onclick="x()" or javascript:x() to break it.</p><a href="/roles">Roles</a>' +
      '<meta name="description" content="javascript: a language">';
    expect(findUnhashableScript(html)).toEqual([]);
  });
});
