/**
 * Pre-rendering (issue 5): public-trust-widgets/ssr (dist/ssr/index.js) and the CLI (dist/cli/render.js) turn the
 * widgets of an HTML page into declarative shadow DOM in Node. Runs after `npm run build`.
 * test/embed/ssr-hydration.test.ts checks the same output in the browser, with and without the widget script.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse, parseFragment } from 'parse5';

const root = new URL('../../', import.meta.url).pathname;
const { renderToString, widgetStylesheets, DEFAULT_WIDTH } = await import('../../dist/ssr/index.js');
const cli = join(root, 'dist/cli/render.js');
const fixture = join(root, 'test/fixtures/ssr/article.html');
const article = readFileSync(fixture, 'utf8');
const { WIDGET_TAGS: TAGS, DASHBOARD_TAG } = await import('../../dist/widgets.js');

const runCli = (args, input) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
const count = (text, pattern) => (text.match(pattern) ?? []).length;
/** Every element of a parsed page, template contents (declarative shadow roots) included. */
const allElements = (node, out = []) => {
  if (node.tagName) out.push(node);
  for (const child of node.childNodes ?? []) allElements(child, out);
  if (node.content) allElements(node.content, out);
  return out;
};
/** The shadow root markup of the first `<tag>` in `html`, its <style> left out. */
const shadowOf = (html, tag = 'trust-bars') => {
  const start = html.indexOf(`<${tag}`);
  const shadow = html.slice(html.indexOf('<template shadowrootmode="open">', start), html.indexOf('</template>', start) + '</template>'.length);
  return shadow.replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
};

const COMPACT = '<trust-bars heading="Most of the UK public worry about cyber-attacks" data="Worried: 57; Concerned: 60; Exposed: 56"></trust-bars>';
const TABLE = `<trust-bars heading="Training fell" source="BT research">
  <table>
    <thead><tr><th>Training</th><th>2022</th><th>2024</th></tr></thead>
    <tbody>
      <tr><td>Trained on new technologies</td><td>5%</td><td>15%</td></tr>
      <tr><td>Trained on both</td><td>47%</td><td>39%</td></tr>
    </tbody>
  </table>
</trust-bars>`;

test('a trust-bars with the data attribute: a declarative shadow root with the SVG, its bars and its heading', () => {
  const html = renderToString(COMPACT);
  assert.ok(
    html.startsWith(
      '<trust-bars heading="Most of the UK public worry about cyber-attacks" data="Worried: 57; Concerned: 60; Exposed: 56" data-ssr-width="640"><template shadowrootmode="open">',
    ),
    html.slice(0, 300),
  );
  assert.equal(count(html, /<template shadowrootmode="open">/g), 1);
  assert.equal(count(html, /<svg\s+role="graphics-document"/g), 1);
  assert.equal(count(html, /<rect part="bar"/g), 3);
  // The same accessibility tree as in the browser (issue 17): the figure named by its heading, the chart by its
  // summary, and a labelled symbol over each bar.
  assert.match(html, /<figure part="figure" aria-labelledby="heading">/);
  assert.match(html, /<svg\s+role="graphics-document"\s+aria-labelledby="summary"/);
  assert.deepEqual(
    [...html.matchAll(/<rect role="graphics-symbol" aria-label="([^"]*)"/g)].map((match) => match[1]),
    ['Worried: 57%. 1 of 3.', 'Concerned: 60%. 2 of 3.', 'Exposed: 56%. 3 of 3.'],
  );
  assert.match(html, /<h3 part="heading" class="heading" id="heading"><!--lit-part-->Most of the UK public worry about cyber-attacks<!--\/lit-part--><\/h3>/);
  assert.match(html, /<style>[^<]*:host/);
  assert.ok(html.endsWith('</template></trust-bars>'));
  assert.doesNotMatch(html, /went wrong|part="error"/);
});

test('a trust-bars with a child table: the chart from the table, and the table kept in the light DOM', () => {
  const html = renderToString(TABLE);
  const shadow = shadowOf(html);
  assert.equal(count(shadow, /<rect part="bar"/g), 4);
  assert.match(shadow, /Training fell/);
  assert.match(shadow, /<ul part="legend"[\s\S]*2022[\s\S]*2024/);
  // The light DOM follows the shadow root untouched.
  assert.ok(html.endsWith(`</template>${TABLE.slice(TABLE.indexOf('>') + 1)}`));
  const host = allElements(parse(html)).find((element) => element.tagName === 'trust-bars');
  assert.deepEqual(
    host.childNodes.filter((node) => node.tagName).map((node) => node.tagName),
    ['template', 'table'],
  );
});

test('the table is read as the browser reads it: caption, qualifiers ("more than 90%"), an n column, tfoot ignored', () => {
  const html = renderToString(`<trust-bars unit="percent"><table>
    <caption>Staff views, 2024</caption>
    <tfoot><tr><td>Total</td><td>999</td><td>1</td></tr></tfoot>
    <tr><th>Statement</th><th>%</th><th>n</th></tr>
    <tr><td>Understand their role</td><td>more than 90%</td><td>1,000</td></tr>
    <tr><td>Want more training</td><td>60%</td><td>1,000</td></tr>
  </table></trust-bars>`);
  const shadow = shadowOf(html);
  assert.equal(count(shadow, /<rect part="bar"/g), 2);
  assert.match(shadow, /<h3 part="heading"[^>]*><!--lit-part-->Staff views, 2024</);
  assert.match(shadow, /more than 90%/);
  assert.match(shadow, /n = 1,000/);
  assert.doesNotMatch(shadow, /Total|-->999<|part="error"/);
});

test('hostile text is escaped, never markup: labels, headings and table cells', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const html = renderToString(`
    <trust-bars heading="<script>alert(1)</script>" data="&lt;img src=x onerror=alert(1)&gt;: 57; Other: 3"></trust-bars>
    <trust-bars><table><tr><th>Label</th><th>Value</th></tr><tr><td>&lt;img src=x onerror=alert(1)&gt;</td><td>5</td></tr></table></trust-bars>`);
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(!html.includes(hostile), 'the label appears as a tag');
  assert.ok(!html.includes('<script>'), 'the heading appears as a tag');
  const elements = allElements(parse(html)).map((element) => element.tagName);
  assert.ok(!elements.includes('img') && !elements.includes('script'), elements.join(' '));
  // Both charts drew the label as text.
  assert.equal(count(html, /<tspan[^>]*><!--lit-part-->&lt;img src=x onerror=alert\(1\)&gt;<!--\/lit-part--><\/tspan>/g), 2);
});

test('every widget renders under Node without throwing, with data and without', () => {
  for (const tag of TAGS) {
    const empty = renderToString(`<${tag}></${tag}>`);
    assert.match(empty, new RegExp(`^<${tag} data-ssr-width="640"><template shadowrootmode="open">`), tag);
    assert.match(empty, /part="error"/, `${tag} without data shows its error`);
    assert.doesNotMatch(empty, /went wrong/, tag);
  }
  const html = renderToString(article);
  for (const tag of TAGS) assert.ok(html.includes(`<${tag} `), tag);
  assert.doesNotMatch(html, /went wrong/);
  assert.equal(globalThis.window, undefined);
  assert.equal(globalThis.document, undefined);
});

test("Lit's own server rendering works too, for data in attributes (what other SSR integrations call)", async () => {
  const { render } = await import('@lit-labs/ssr');
  const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  const out = collectResultSync(render(html`<trust-bars heading="Concern" data="Worried: 57; Concerned: 60"></trust-bars>`));
  assert.equal(count(out, /<rect part="bar"/g), 2);
  assert.doesNotMatch(out, /went wrong|part="error"/);
});

test('the fixture article: every widget pre-rendered, everything else byte for byte', () => {
  const problems = [];
  const html = renderToString(article, { onProblem: (problem) => problems.push(problem) });
  const inputWidgets = count(article, /<trust-[a-z]+[\s>]/g);
  assert.equal(inputWidgets, 9);
  assert.equal(count(html, /<template shadowrootmode="open">/g), inputWidgets);
  // 8 charts (7 SVG charts and trust-stat's headline number), and the widget with a data mistake shows its message
  // and its own table (through a <slot>).
  assert.equal(count(html, /<svg\s+role="graphics-document"/g), 7);
  assert.match(shadowOf(html, 'trust-stat'), /<div part="chart" class="chart">/);
  assert.equal(count(html, /part="error"/g), 1);
  assert.deepEqual(problems, [
    {
      tag: 'trust-bars',
      line: 109,
      column: 7,
      kind: 'error',
      message: 'data: “lots” (for “Concerned”) is not a number. Write the figure in digits, such as 57, 57.5% or “over 1.7 million”.',
    },
  ]);
  // Taking out the shadow roots and the layout attributes gives the input back, apart from the rewritten start tags.
  const stripped = html.replace(/<template shadowrootmode="open">[\s\S]*?<\/template>(?=\s*<table|\s*<\/trust-)/g, '');
  const tagsOf = (text) => text.replace(/<trust-[a-z]+[^>]*>/g, '<widget>');
  assert.equal(tagsOf(stripped), tagsOf(article));
  assert.ok(html.startsWith(article.slice(0, article.indexOf('<trust-'))));
  // The Welsh chart took the lang above it.
  assert.match(shadowOf(html.slice(html.indexOf('id="welsh"') - 20)), /Siart bar/);
  assert.match(html, /id="welsh" [^>]*data-ssr-lang="cy"/);
});

test('rendering twice gives the same page (a pre-render is replaced, not nested)', () => {
  const once = renderToString(article, { width: 500 });
  assert.equal(renderToString(once, { width: 500 }), once);
  const wider = renderToString(once, { width: 800 });
  assert.equal(wider, renderToString(article, { width: 800 }));
});

test('width: the charts lay out at the width given, 640 px by default', () => {
  assert.equal(DEFAULT_WIDTH, 640);
  assert.match(shadowOf(renderToString(COMPACT)), /width="640"\s+height="\d+"\s+viewBox="0 0 640 /);
  const narrow = renderToString(COMPACT, { width: 360 });
  assert.match(shadowOf(narrow), /width="360"\s+height="\d+"\s+viewBox="0 0 360 /);
  assert.match(narrow, /data-ssr-width="360"/);
  assert.throws(() => renderToString(COMPACT, { width: 0 }), /width must be a positive number/);
});

test('styles: link writes the shared and the widget stylesheet links and no <style>', () => {
  const html = renderToString(`${COMPACT}<trust-stat value="57"></trust-stat>`, {
    styles: 'link',
    stylesheetHref: 'https://cdn.example/ptw/public-trust-widgets.css?v=1',
  });
  assert.doesNotMatch(html, /<style/);
  assert.equal(count(html, /<link rel="stylesheet" href="https:\/\/cdn\.example\/ptw\/public-trust-widgets\.css\?v=1">/g), 2);
  assert.match(
    html,
    /<template shadowrootmode="open"><link rel="stylesheet" href="https:\/\/cdn\.example\/ptw\/public-trust-widgets\.css\?v=1"><link rel="stylesheet" href="https:\/\/cdn\.example\/ptw\/trust-bars\.css\?v=1">/,
  );
  assert.match(html, /<link rel="stylesheet" href="https:\/\/cdn\.example\/ptw\/trust-stat\.css\?v=1">/);
  assert.throws(() => renderToString(COMPACT, { styles: 'link' }), /needs stylesheetHref/);
});

test('the stylesheet files hold exactly the rules of the inline <style>', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ssr-css-'));
  try {
    const result = spawnSync(process.execPath, [join(root, 'scripts/build-css.mjs'), folder], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(readdirSync(folder).sort(), ['public-trust-widgets.css', ...[...TAGS, DASHBOARD_TAG].map((tag) => `${tag}.css`)].sort());
    // Each file is a one-line banner, then the rules, then a newline.
    const file = (name) =>
      readFileSync(join(folder, name), 'utf8')
        .replace(/^\/\*.*\*\/\n/, '')
        .replace(/\n$/, '');
    for (const tag of [...TAGS, DASHBOARD_TAG]) {
      const inline = /<style>([\s\S]*?)<\/style>/.exec(renderToString(`<${tag}></${tag}>`))[1];
      assert.equal(`${file('public-trust-widgets.css')}\n${file(`${tag}.css`)}`, inline, tag);
    }
    assert.match(file('public-trust-widgets.css'), /:host/);
    // The main entry (src/index.ts) registers exactly the widgets of src/widgets.ts, and the dashboard.
    assert.deepEqual([...widgetStylesheets().widgets.keys()].sort(), [...TAGS, DASHBOARD_TAG].sort());
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('lang for fragments, base address for relative source links', () => {
  const fragment = '<trust-bars data="Poeni: 57; Pryderu: 60" source="BT" source-url="/research/bt.pdf"></trust-bars>';
  assert.match(renderToString(fragment), /Bar chart/);
  const welsh = renderToString(fragment, { lang: 'cy' });
  assert.match(welsh, /Siart bar/);
  assert.match(welsh, /data-ssr-lang="cy"/);
  assert.match(renderToString(fragment), /<a href="\/research\/bt.pdf"/);
  assert.match(renderToString(fragment, { baseUrl: 'https://news.example/2024/nhs/' }), /<a href="https:\/\/news.example\/research\/bt.pdf"/);
  assert.doesNotMatch(shadowOf(renderToString(fragment.replace('/research/bt.pdf', 'javascript:alert(1)'))), /<a /);
});

test("only the library's widgets, only where a browser would upgrade them", () => {
  const html =
    '<trust-unknown data="x"></trust-unknown><template><trust-bars data="A: 1"></trust-bars></template><svg><trust-bars></trust-bars></svg><noscript><trust-bars data="A: 1"></trust-bars></noscript>';
  assert.equal(renderToString(html), html);
  // A fragment made only of table rows and text survives too.
  const plain = '<p>No widgets here &amp; nothing to do.</p>';
  assert.equal(renderToString(plain), plain);
  assert.equal(parseFragment(renderToString(COMPACT)).childNodes.length, 1);
});

test('CLI: render a file to stdout, every widget pre-rendered, problems on stderr', () => {
  const result = runCli(['render', fixture]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, renderToString(article));
  assert.equal(count(result.stdout, /<template shadowrootmode="open">/g), 9);
  assert.match(result.stderr, /article\.html:109:7: <trust-bars> error: data: “lots” \(for “Concerned”\) is not a number\./);
  assert.equal(runCli(['render', fixture, '--strict']).status, 1);
  assert.equal(runCli(['render', fixture, '--quiet']).stderr, '');
});

test('CLI: stdin, --styles=link, --width, -o and usage errors', () => {
  const piped = runCli(['render', '-', '--styles=link', '--stylesheet-href', '/assets/public-trust-widgets.css', '--width=400'], COMPACT);
  assert.equal(piped.status, 0, piped.stderr);
  assert.match(piped.stdout, /<link rel="stylesheet" href="\/assets\/public-trust-widgets\.css"><link rel="stylesheet" href="\/assets\/trust-bars\.css">/);
  assert.doesNotMatch(piped.stdout, /<style/);
  assert.match(piped.stdout, /<svg\s+role="graphics-document"[^>]*width="400"/);
  const folder = mkdtempSync(join(tmpdir(), 'ssr-cli-'));
  try {
    const out = join(folder, 'out.html');
    assert.equal(runCli(['render', '-', '-o', out], COMPACT).status, 0);
    assert.equal(readFileSync(out, 'utf8'), renderToString(COMPACT));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  for (const args of [
    [],
    ['draw', fixture],
    ['render'],
    ['render', fixture, '--width=wide'],
    ['render', fixture, '--styles=link'],
    ['render', fixture, '--styles=external'],
  ]) {
    const result = runCli(args);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, /Usage: public-trust-widgets render/);
  }
  assert.equal(runCli(['render', join(root, 'no-such-file.html')]).status, 1);
  assert.match(runCli(['--help']).stdout, /--styles <inline\|link>/);
});

test('throughput: widgets pre-rendered per second (for the benchmark)', (t) => {
  const widgets = count(article, /<trust-[a-z]+[\s>]/g);
  for (let i = 0; i < 5; i++) renderToString(article);
  const results = {};
  for (const styles of ['inline', 'link']) {
    const options = styles === 'link' ? { styles, stylesheetHref: '/public-trust-widgets.css' } : {};
    let pages = 0;
    const started = performance.now();
    while (performance.now() - started < 1000) {
      renderToString(article, options);
      pages++;
    }
    const seconds = (performance.now() - started) / 1000;
    results[styles] = Math.round((pages * widgets) / seconds);
  }
  const line = `ssr throughput: ${results.inline} widgets/s with inline styles, ${results.link} widgets/s with linked styles (test/fixtures/ssr/article.html, ${widgets} widgets a page, Node ${process.version})`;
  t.diagnostic(line);
  assert.ok(results.inline > 10);
});

test('a chart’s heading goes one level below the page’s last heading before it, as in the browser (issue 16)', () => {
  const headingOf = (html, tag) => {
    const start = html.indexOf('<template shadowrootmode="open">', html.indexOf(`<${tag}`));
    return /<(h[1-6]) part="heading"/.exec(html.slice(start))?.[1];
  };
  const afterH1 = renderToString('<h1>Report</h1><p>Text</p><trust-bars heading="Worry" data="Worried: 57"></trust-bars>');
  assert.equal(headingOf(afterH1, 'trust-bars'), 'h2');
  const afterH2 = renderToString('<h1>Report</h1><h2>Staff</h2><trust-bars heading="Worry" data="Worried: 57"></trust-bars><h1>Later</h1>');
  assert.equal(headingOf(afterH2, 'trust-bars'), 'h3');
  const none = renderToString('<trust-bars heading="Worry" data="Worried: 57"></trust-bars><h1>After</h1>');
  assert.equal(headingOf(none, 'trust-bars'), 'h3');
  const forced = renderToString('<h1>Report</h1><trust-bars heading="Worry" heading-level="4" data="Worried: 57"></trust-bars>');
  assert.equal(headingOf(forced, 'trust-bars'), 'h4');
  const dashboard = renderToString(
    '<h3>Report</h3><trust-dashboard heading="Cyber"><trust-bars heading="Worry" data="Worried: 57"></trust-bars></trust-dashboard>',
  );
  assert.equal(headingOf(dashboard, 'trust-dashboard'), 'h4');
  assert.equal(headingOf(dashboard, 'trust-bars'), 'h5');
});
