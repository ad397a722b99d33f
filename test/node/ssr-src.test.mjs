/**
 * Pre-rendering a widget with `src` (issue 13): the CLI and inlineSources read the figures at build time, from a file
 * beside the page or from a web address (a local server here, never the internet), and write them into the widget
 * as a child <table data-from-src>, which the pre-render draws and the browser draws until its own load arrives.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const { inlineSources, renderToString } = await import('../../dist/ssr/index.js');
const cli = join(root, 'dist/cli/render.js');

const SHEET = 'Trust,Answer,2022,2024,Respondents\nLeeds,Worried,50,57,1000\nLeeds,Concerned,55,60,1000\nYork,Worried,40,45,800\n';

function pageWithSheet(markup, sheet = SHEET) {
  const folder = mkdtempSync(join(tmpdir(), 'ssr-src-'));
  mkdirSync(join(folder, 'data'));
  writeFileSync(join(folder, 'data/figures.csv'), sheet);
  writeFileSync(join(folder, 'page.html'), `<!doctype html><html lang="en-GB"><body>${markup}</body></html>`);
  return folder;
}

test('the CLI reads a relative src beside the page and the static HTML carries the figures', (t) => {
  const folder = pageWithSheet(
    '<trust-bars heading="Worry" src="data/figures.csv" label-column="Answer" value-column="2024" filter="Trust=Leeds"></trust-bars>',
  );
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  const run = spawnSync(process.execPath, [cli, 'render', join(folder, 'page.html')], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, '');
  assert.match(
    run.stdout,
    /<table data-from-src><thead><tr><th>Answer<\/th><th>2024<\/th><\/tr><\/thead><tbody><tr><th scope="row">Worried<\/th><td>57<\/td><\/tr><tr><th scope="row">Concerned<\/th><td>60<\/td><\/tr><\/tbody><\/table>/,
  );
  const shadow = run.stdout.slice(run.stdout.indexOf('<template shadowrootmode'));
  assert.match(shadow, /Worried/);
  assert.match(shadow, /57%/);
  assert.doesNotMatch(shadow, /Loading figures/);
});

test('rendering again replaces the figures written before with the file as it is now', async (t) => {
  const folder = pageWithSheet(
    '<trust-bars src="data/figures.csv" label-column="Answer" series-columns="2024, 2022" n-column="Respondents" filter="Trust=York"></trust-bars>',
  );
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  const pageFile = join(folder, 'page.html');
  const once = await inlineSources(`<trust-bars src="data/figures.csv" value-column="2024" label-column="Answer" filter="Trust=York"></trust-bars>`, {
    pageFile,
  });
  assert.match(once, /<td>45<\/td>/);
  writeFileSync(join(folder, 'data/figures.csv'), SHEET.replace('York,Worried,40,45', 'York,Worried,40,47'));
  const twice = await inlineSources(once, { pageFile });
  assert.equal(twice.match(/<table/g).length, 1);
  assert.match(twice, /<td>47<\/td>/);
  // Several series in the order asked for, and the sample size headed n, as the table reader expects.
  const series = await inlineSources(
    `<trust-bars src="data/figures.csv" label-column="Answer" series-columns="2024, 2022" n-column="Respondents" filter="Trust=York"></trust-bars>`,
    { pageFile },
  );
  assert.match(series, /<th>Answer<\/th><th>2024<\/th><th>2022<\/th><th>n<\/th>.*<th scope="row">Worried<\/th><td>47<\/td><td>40<\/td><td>800<\/td>/);
  assert.match(renderToString(series), /± /);
});

test('lower-column / upper-column are read at build time like the other columns: a missing one is reported, naming the attribute', async (t) => {
  const sheet = 'Answer,2022,2024,Low 22,High 22,Low 24,High 24\nWorried,50,57,47,53,54,60\n';
  const folder = pageWithSheet('', sheet);
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  const pageFile = join(folder, 'page.html');
  const problems = [];
  const one = await inlineSources(
    `<trust-bars src="data/figures.csv" value-column="2024" lower-column="Low 24" upper-column="High 24" show-uncertainty></trust-bars>`,
    { pageFile, onProblem: (p) => problems.push(p) },
  );
  // The table carries the figures, each value with its published interval on its cell (read from a table written
  // from src only: an author's Lower / Upper columns are never intervals), so the pre-render and hydration draw them.
  assert.match(one, /<th>Answer<\/th><th>2024<\/th><\/tr>.*<td data-lower="54" data-upper="60">57<\/td><\/tr>/);
  assert.doesNotMatch(one.slice(one.indexOf('<table')), /Low 24|<td>54<\/td>/);
  assert.deepEqual(problems, []);
  const missing = `<trust-bars src="data/figures.csv" series-columns="2024, 2022" lower-column="Low 24, Low 2022" upper-column="High 24, High 22"></trust-bars>`;
  assert.equal(await inlineSources(missing, { pageFile, onProblem: (p) => problems.push(p) }), missing);
  assert.deepEqual(
    problems.map((p) => p.message),
    [
      'lower-column: lower-column="Low 2022" names a column the file does not have. Its columns are: “Answer”, “2022”, “2024”, “Low 22”, “High 22”, “Low 24”, “High 24”.',
    ],
  );
});

test('an author’s own table is kept; a src that cannot be read is reported and the widget left as it was', async (t) => {
  const folder = pageWithSheet('');
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  const pageFile = join(folder, 'page.html');
  const own = '<trust-bars src="data/figures.csv"><table><tr><td>Angry</td><td>12</td></tr></table></trust-bars>';
  assert.equal(await inlineSources(own, { pageFile }), own);
  const problems = [];
  const missing = '<trust-bars src="data/nope.csv"></trust-bars>\n<trust-bars src="data/figures.csv" value-column="2025"></trust-bars>';
  assert.equal(await inlineSources(missing, { pageFile, onProblem: (p) => problems.push(p) }), missing);
  assert.deepEqual(
    problems.map((p) => [p.line, p.kind, p.message.split(':')[0]]),
    [
      [1, 'error', 'src'],
      [2, 'error', 'value-column'],
    ],
  );
  assert.match(
    problems[1].message,
    /value-column="2025" names a column the file does not have\. Its columns are: “Trust”, “Answer”, “2022”, “2024”, “Respondents”\./,
  );
  const run = spawnSync(process.execPath, [cli, 'render', '--strict', pageFile], { encoding: 'utf8', input: '' });
  assert.equal(run.status, 0);
  writeFileSync(pageFile, missing);
  const strict = spawnSync(process.execPath, [cli, 'render', '--strict', pageFile], { encoding: 'utf8' });
  assert.equal(strict.status, 1);
  assert.match(strict.stderr, /page\.html:1:1: <trust-bars> error: src: Could not load the figures from .*nope\.csv/);
  const skipped = spawnSync(process.execPath, [cli, 'render', '--skip-src', pageFile], { encoding: 'utf8' });
  assert.equal(skipped.status, 0);
  assert.doesNotMatch(skipped.stdout, /data-from-src/);
});

test('a web src is fetched once for every widget using it, with the status named when it fails', async (t) => {
  let requests = 0;
  const server = createServer((request, response) => {
    requests++;
    if (request.url === '/figures.csv') {
      response.writeHead(200, { 'content-type': 'text/csv' });
      response.end('Answer,Share\nWorried,57\n');
    } else {
      response.writeHead(404, 'Not Found');
      response.end('no');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  const base = `http://127.0.0.1:${server.address().port}/`;
  const problems = [];
  const out = await inlineSources(
    `<trust-stat src="${base}figures.csv"></trust-stat><trust-bars src="figures.csv"></trust-bars><trust-bars src="/gone.csv"></trust-bars>`,
    {
      baseUrl: base,
      onProblem: (p) => problems.push(p.message),
    },
  );
  assert.equal(out.match(/data-from-src/g).length, 2);
  assert.equal(requests, 2);
  assert.deepEqual(problems, [
    `src: Could not load the figures from ${base}gone.csv: the server answered 404 Not Found. Check the address, and that the sheet is published.`,
  ]);
  const unsafe = [];
  await inlineSources('<trust-bars src="javascript:alert(1)"></trust-bars>', { onProblem: (p) => unsafe.push(p.message) });
  assert.match(unsafe[0], /^src: “javascript:alert\(1\)” is not a web address/);
});

test('a direction column (a child table’s, or the src column direction-column names) pre-renders each row’s good way, as the browser draws it', async (t) => {
  const folder = pageWithSheet('', 'Question,2022,2023,Good way\nBurnout,34,30,lower is better\nWould recommend,58,61,up-is-good\n');
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  const page = await inlineSources('<trust-change src="data/figures.csv" series-columns="2022, 2023" direction-column="Good way"></trust-change>', {
    pageFile: join(folder, 'page.html'),
  });
  // Written under the header every reader recognises, so that the pre-render (which has no host attribute) reads it too.
  assert.match(
    page,
    /<th>2023<\/th><th>direction<\/th><\/tr><\/thead><tbody><tr><th scope="row">Burnout<\/th><td>34<\/td><td>30<\/td><td>lower is better<\/td>/,
  );
  const table = `<trust-change><table><tr><th>Question</th><th>2022</th><th>2023</th><th>Direction</th></tr>
    <tr><th>Burnout</th><td>34</td><td>30</td><td>lower is better</td></tr><tr><th>Would recommend</th><td>58</td><td>61</td><td>up-is-good</td></tr></table></trust-change>`;
  // A header of the author's own, named by direction-column on the element: the pre-renderer reads the attribute too.
  const named = table.replace('<trust-change>', '<trust-change direction-column="Good way">').replace('<th>Direction</th>', '<th>Good way</th>');
  for (const html of [page, table, named]) {
    const shadow = renderToString(html).split('<template shadowrootmode')[1];
    assert.deepEqual(shadow.match(/class="row tone-\w+"/g), ['class="row tone-good"', 'class="row tone-good"']);
    assert.match(shadow, /Burnout \(lower is better\)/);
    assert.match(shadow, /Would recommend \(higher is better\)/);
    assert.doesNotMatch(shadow, /not a number|Lower is better\./);
  }
});
