/**
 * The Download menu under every chart (issue 15): one keyboard stop, a disclosure with a list of buttons, the
 * `toolbar` and `no-toolbar` attributes, the cancelable `trust-export` event, failures said on screen and once in the
 * console, and the embed code, copied or shown to copy by hand. Downloads are caught by a capturing click listener
 * on the widget's shadow root, which cancels them, so that no file is really saved.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { render } from 'lit';
import '../../src/index.js';
import { TrustExportEvent } from '../../src/index.js';
import { ExportController } from '../../src/core/controllers/export-controller.js';
import { renderToolbar } from '../../src/core/frame/toolbar.js';
import { messagesFor } from '../../src/core/i18n/messages.js';
import type { TrustElement } from '../../src/core/trust-element.js';
import type { View } from '../../src/core/view.js';
import { CONFIDENCE, CONFIDENCE_DATA } from '../likert/fixtures.js';
import { engine, skipIn } from '../helpers/engine.js';
import { captureWarnings, settled, shadow, texts } from '../helpers/widget.js';

const DATA = 'Worried: 57; Concerned: 60';
const PRINT_EMULATION = 'print media is emulated through the DevTools protocol, which only Chromium offers here';
const TRAINING = 'Trained on new technologies: 5 | 15; Trained on both: 47 | 39';

const downloadButton = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part="downloads"] .download');
const menu = (el: Element) => shadow(el).querySelector<HTMLElement>('#download-menu')!;
const items = (el: Element) => Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('#download-menu button'));
const status = (el: Element) => shadow(el).querySelector<HTMLElement>('.download-status')!;
const focused = (el: Element) => shadow(el).activeElement;

/** Waits (a few seconds at most) until `condition` holds: the menu's code loads on first use. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(condition(), what).to.equal(true);
}

/** Waits until the list has opened (after the click that asked for it, once the menu's code is here). */
async function opened(el: TrustElement): Promise<void> {
  await until(() => !menu(el).hidden, 'the list opens');
  await settled(el);
}

/** Points at the Download button, which starts loading the menu's code, and waits until its list is built. */
async function loaded(el: TrustElement): Promise<void> {
  downloadButton(el)!.dispatchEvent(new PointerEvent('pointerenter'));
  await until(() => items(el).length > 0, 'the list is built');
}

/** Catches the download links the widget clicks (and cancels them): the file name and the file's text. */
function catchDownloads(el: Element): { name: string; text: Promise<string> }[] {
  const caught: { name: string; text: Promise<string> }[] = [];
  shadow(el).addEventListener(
    'click',
    (event) => {
      const link = event.target as HTMLAnchorElement;
      if (link.localName !== 'a' || !link.download) return;
      event.preventDefault();
      caught.push({ name: link.download, text: fetch(link.href).then((response) => response.text()) });
    },
    { capture: true },
  );
  return caught;
}

/** Resolves after the widget's next trust-export has been handled, and the update it brought. */
async function afterExport(el: TrustElement, choose: () => void): Promise<void> {
  const seen = new Promise((resolve) => el.addEventListener('trust-export', resolve, { once: true }));
  choose();
  await seen;
  await new Promise((resolve) => setTimeout(resolve, 50));
  await settled(el);
}

/** Waits until the status line says something other than "Preparing…" (a file is being made). */
async function finished(el: TrustElement): Promise<string> {
  for (let i = 0; i < 100 && (status(el).textContent!.trim() === '' || status(el).textContent!.includes('…')); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await settled(el);
  return status(el).textContent!.trim();
}

async function bars(attributes = '', tag = 'trust-bars', data = DATA): Promise<TrustElement> {
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  holder.innerHTML = `<button id="before">before</button><${tag} heading="Public worry" ${attributes} data="${data}"></${tag}><input id="after" aria-label="after">`;
  const el = holder.querySelector<TrustElement>(tag)!;
  await settled(el);
  return el;
}

describe('the Download menu', () => {
  it('is one Tab stop after "Show data table"; Enter opens it on its first item, the arrows move, Escape closes', async () => {
    const el = await bars();
    shadow(el).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.focus();
    const button = downloadButton(el)!;
    // WebKit, like Safari, leaves buttons out of the Tab order: there the button is focused from script.
    if (engine === 'webkit') button.focus();
    else await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(button);
    expect(button.textContent!.trim()).to.equal('Download');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal('download-menu');
    expect(menu(el).hidden).to.equal(true);
    expect(getComputedStyle(menu(el)).display).to.equal('none');

    await sendKeys({ press: 'Enter' });
    await opened(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(menu(el).hidden).to.equal(false);
    expect(texts(menu(el), 'button')).to.deep.equal(['Image (PNG)', 'Image for social media (PNG)', 'Vector image (SVG)', 'Data (CSV)', 'Copy embed code']);
    expect(focused(el)).to.equal(items(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(items(el)[1]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el), 'Up from the first item wraps to the last').to.equal(items(el)[4]);
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(items(el)[0]);

    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(menu(el).hidden).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(button);
    // Closed, the menu is no stop: the next Tab leaves the widget.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
  });

  it('opening and closing it is no new chart: no trust-render', async () => {
    const el = await bars();
    let renders = 0;
    el.addEventListener('trust-render', () => renders++);
    downloadButton(el)!.click();
    await opened(el);
    downloadButton(el)!.click();
    await settled(el);
    expect(menu(el).hidden).to.equal(true);
    expect(renders).to.equal(0);
  });

  it('closes with a second click on its button (whose press leaves focus in the list), focus back on the button', async () => {
    const el = await bars();
    downloadButton(el)!.click();
    await opened(el);
    expect(focused(el)).to.equal(items(el)[0]);
    const press = new MouseEvent('mousedown', { bubbles: true, composed: true, cancelable: true });
    downloadButton(el)!.dispatchEvent(press);
    expect(press.defaultPrevented).to.equal(true);
    downloadButton(el)!.click();
    await settled(el);
    expect(menu(el).hidden).to.equal(true);
    expect(focused(el)).to.equal(downloadButton(el));
  });

  it('closes when the reader clicks elsewhere on the page', async () => {
    const el = await bars();
    downloadButton(el)!.click();
    await opened(el);
    const elsewhere = document.createElement('p');
    elsewhere.textContent = 'Elsewhere on the page';
    el.after(elsewhere);
    const box = elsewhere.getBoundingClientRect();
    try {
      await sendMouse({ type: 'click', position: [Math.round(box.left + 5), Math.round(box.top + box.height / 2)] });
      await settled(el);
      expect(menu(el).hidden).to.equal(true);
      expect(downloadButton(el)!.getAttribute('aria-expanded')).to.equal('false');
    } finally {
      await resetMouse();
      elsewhere.remove();
    }
  });

  it('opens with Space too, and closes when focus leaves it (Tab past the last item)', async () => {
    const el = await bars();
    downloadButton(el)!.focus();
    // ' ', not 'Space': Firefox's WebDriver knows no key of that name; every engine types the space character.
    await sendKeys({ press: ' ' });
    await opened(el);
    expect(focused(el)).to.equal(items(el)[0]);
    items(el)[4]!.focus();
    await sendKeys({ press: 'Tab' });
    await settled(el);
    expect(document.activeElement?.id).to.equal('after');
    expect(menu(el).hidden).to.equal(true);
    expect(downloadButton(el)!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('offers the items `toolbar` names, in its order', async () => {
    const el = await bars('toolbar="csv png"');
    await loaded(el);
    expect(items(el).map((item) => item.dataset['kind'])).to.deep.equal(['csv', 'png']);
    el.setAttribute('toolbar', 'png csv');
    await settled(el);
    expect(texts(menu(el), 'button')).to.deep.equal(['Image (PNG)', 'Data (CSV)']);
  });

  it('reports an unknown `toolbar` item (shown, and in the console naming `toolbar`) and leaves it out', async () => {
    let el!: TrustElement;
    const warnings = await captureWarnings(async () => {
      el = await bars('toolbar="png pdf"');
    });
    expect(warnings.filter((w) => w.includes('toolbar:'))).to.have.length(1);
    expect(warnings.find((w) => w.includes('toolbar:'))).to.contain('“pdf”');
    const notice = shadow(el).querySelector('[part="warning"]')!;
    expect(notice.textContent).to.contain('toolbar').and.to.contain('pdf');
    await loaded(el);
    expect(items(el).map((item) => item.dataset['kind'])).to.deep.equal(['png']);
  });

  it('`no-toolbar` hides the Download menu, never the "Show data table" button', async () => {
    const el = await bars('no-toolbar');
    expect(downloadButton(el)).to.equal(null);
    expect(texts(shadow(el), '[part="toolbar"] button')).to.deep.equal(['Show data table']);
    el.removeAttribute('no-toolbar');
    await settled(el);
    expect(downloadButton(el)).to.not.equal(null);
  });

  it('is in Welsh on a Welsh chart, and follows a change of language', async () => {
    const el = await bars('lang="cy"');
    expect(downloadButton(el)!.textContent!.trim()).to.equal('Lawrlwytho');
    await loaded(el);
    expect(texts(menu(el), 'button')).to.include('Copïo’r cod mewnosod');
    // `lang` is read on each update (it is no reactive property): an update draws the chart in the new language.
    el.setAttribute('lang', 'en-GB');
    el.requestUpdate();
    await settled(el);
    expect(downloadButton(el)!.textContent!.trim()).to.equal('Download');
    expect(texts(menu(el), 'button')).to.include('Copy embed code');
  });

  it('downloads the CSV: trust-export first, with the File, while the menu says "Preparing…"; then says what it saved', async () => {
    const el = await bars('source="BT research"');
    const caught = catchDownloads(el);
    const events: TrustExportEvent[] = [];
    let busyDuringEvent = '';
    el.addEventListener('trust-export', (event) => {
      events.push(event);
      busyDuringEvent = `${shadow(el).querySelector('.downloads')!.getAttribute('aria-busy')} ${status(el).textContent!.trim()}`;
    });
    downloadButton(el)!.click();
    await opened(el);
    items(el)[3]!.click();
    const said = await finished(el);
    expect(events).to.have.length(1);
    expect(events[0]).to.be.an.instanceOf(TrustExportEvent);
    expect(events[0]!.kind).to.equal('csv');
    expect(events[0]!.file.name).to.equal('public-worry.csv');
    expect(events[0]!.cancelable && events[0]!.bubbles && events[0]!.composed).to.equal(true);
    expect(busyDuringEvent).to.equal('true Preparing…');
    expect(caught.map((file) => file.name)).to.deep.equal(['public-worry.csv']);
    expect(await caught[0]!.text).to.equal(await events[0]!.file.text());
    expect(said).to.equal('Downloaded public-worry.csv');
    expect(status(el).getAttribute('role')).to.equal('status');
    expect(shadow(el).querySelector('.downloads')!.getAttribute('aria-busy')).to.equal('false');
    // Choosing an item closes the menu and puts focus back on its button.
    expect(menu(el).hidden).to.equal(true);
    expect(focused(el)).to.equal(downloadButton(el));
  });

  it('downloads nothing when a listener cancels trust-export, and the listener’s file when it replaces it', async () => {
    const el = await bars('toolbar="svg csv"');
    const caught = catchDownloads(el);
    const cancel = (event: TrustExportEvent) => event.preventDefault();
    el.addEventListener('trust-export', cancel);
    downloadButton(el)!.click();
    await opened(el);
    await afterExport(el, () => items(el)[0]!.click());
    expect(caught).to.have.length(0);
    expect(status(el).textContent!.trim()).to.equal('');
    el.removeEventListener('trust-export', cancel);

    el.addEventListener('trust-export', (event) => {
      event.file = new File(['label,value\nmine,1\n'], 'replaced.csv', { type: 'text/csv' });
    });
    downloadButton(el)!.click();
    await settled(el);
    items(el)[1]!.click();
    expect(await finished(el)).to.equal('Downloaded replaced.csv');
    expect(caught.map((file) => file.name)).to.deep.equal(['replaced.csv']);
    expect(await caught[0]!.text).to.equal('label,value\nmine,1\n');
  });

  it('says on screen when the file cannot be made, warns once in the console, and is not left busy', async () => {
    const el = await bars('toolbar="csv"');
    const caught = catchDownloads(el);
    // A listener that breaks the file stands in for a failed export.
    el.addEventListener('trust-export', (event) => {
      (event as unknown as { file: unknown }).file = null;
    });
    let said = '';
    const warnings = await captureWarnings(async () => {
      downloadButton(el)!.click();
      await opened(el);
      items(el)[0]!.click();
      said = await finished(el);
    });
    expect(said).to.equal('Sorry, the file could not be made.');
    expect(status(el).classList.contains('failed')).to.equal(true);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<trust-bars>').and.to.contain('csv');
    expect(caught).to.have.length(0);
    expect(shadow(el).querySelector('.downloads')!.getAttribute('aria-busy')).to.equal('false');
    // …and the menu still works.
    downloadButton(el)!.click();
    await settled(el);
    expect(menu(el).hidden).to.equal(false);
  });

  it('copies the embed code, escaped, with the script it was loaded from and the child table', async () => {
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    const hostile = '"><script>alert(1)</script>';
    const el = document.createElement('trust-bars') as TrustElement;
    el.setAttribute('heading', hostile);
    el.setAttribute('show-uncertainty', '');
    el.innerHTML = '<table><tr><th>Item</th><th>%</th></tr><tr><td>&lt;img src=x onerror=alert(2)&gt;</td><td>57</td></tr></table>';
    holder.append(el);
    await settled(el);
    let copied = '';
    const clipboard = navigator.clipboard;
    Object.defineProperty(clipboard, 'writeText', { configurable: true, value: (text: string) => ((copied = text), Promise.resolve()) });
    let event: TrustExportEvent | undefined;
    el.addEventListener('trust-export', (e) => (event = e));
    try {
      downloadButton(el)!.click();
      await opened(el);
      items(el)[4]!.click();
      expect(await finished(el)).to.equal('Embed code copied');
    } finally {
      delete (clipboard as unknown as Record<string, unknown>)['writeText'];
    }
    expect(event!.kind).to.equal('embed');
    expect(event!.file.type).to.equal('text/html');
    expect(await event!.file.text()).to.equal(copied);
    expect(copied).to.contain('heading="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    // Read back, the hostile texts are text: one script (the library's), the heading and the cell as written.
    const doc = new DOMParser().parseFromString(copied, 'text/html');
    const scripts = Array.from(doc.querySelectorAll('script'));
    expect(scripts).to.have.length(1);
    expect(scripts[0]!.type).to.equal('module');
    expect(scripts[0]!.src).to.match(/^https?:\/\//);
    // The widget's own script, not the chunk the menu came in.
    expect(scripts[0]!.src).not.to.contain('chart-export');
    const copy = doc.querySelector('trust-bars')!;
    expect(copy.getAttribute('heading')).to.equal(hostile);
    expect(copy.hasAttribute('show-uncertainty')).to.equal(true);
    expect(copy.querySelector('td')!.textContent).to.equal('<img src=x onerror=alert(2)>');
    expect(doc.querySelector('img')).to.equal(null);
  });

  it('shows the embed code selected, to copy by hand, where the browser refuses to copy it', async () => {
    const el = await bars('toolbar="embed"');
    const clipboard = navigator.clipboard;
    Object.defineProperty(clipboard, 'writeText', { configurable: true, value: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) });
    try {
      downloadButton(el)!.click();
      await opened(el);
      await afterExport(el, () => items(el)[0]!.click());
    } finally {
      delete (clipboard as unknown as Record<string, unknown>)['writeText'];
    }
    const box = shadow(el).querySelector('textarea')!;
    expect(box.readOnly).to.equal(true);
    expect(box.value).to.contain('<trust-bars').and.to.contain('<script type="module"');
    expect(focused(el)).to.equal(box);
    expect([box.selectionStart, box.selectionEnd]).to.deep.equal([0, box.value.length]);
    expect(box.closest('label')!.textContent).to.contain('Press Ctrl+C / ⌘C to copy');
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(shadow(el).querySelector('textarea')).to.equal(null);
    expect(focused(el)).to.equal(downloadButton(el));
  });

  it('is under every widget that has a toolbar', async () => {
    for (const [tag, attributes, data] of [
      ['trust-waffle', '', 'Worried: 57; Not worried: 43'],
      ['trust-trend', '', '2022: 40; 2023: 45; 2024: 57'],
      ['trust-likert', `series="${CONFIDENCE}"`, CONFIDENCE_DATA],
      ['trust-change', '', TRAINING],
      ['trust-stat', '', DATA],
    ] as const) {
      const el = await bars(attributes, tag, data);
      expect(downloadButton(el), tag).to.not.equal(null);
    }
  });

  it('is under a single headline figure too (trust-stat value=, which has no data table), alone in its row', async () => {
    const el = await fixture<TrustElement>(html`<trust-stat value="57" label="of UK adults worry" source="BT research"></trust-stat>`);
    await settled(el);
    expect(shadow(el).querySelector('[part="toolbar"]'), 'no data table button').to.equal(null);
    expect(downloadButton(el)).to.not.equal(null);
  });

  it('is not printed', async function () {
    skipIn(this, ['firefox', 'webkit'], PRINT_EMULATION);
    const el = await bars();
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(shadow(el).querySelector('[part="downloads"]')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(shadow(el).querySelector('[part="downloads"]')!).display).to.equal('flex');
  });

  it('stays on a 320 px screen', async () => {
    const holder = await fixture<HTMLElement>(html`<div style="width: 300px"></div>`);
    holder.innerHTML = `<trust-bars heading="Narrow" data="${DATA}"></trust-bars>`;
    const el = holder.querySelector<TrustElement>('trust-bars')!;
    await settled(el);
    downloadButton(el)!.click();
    await opened(el);
    // Its styles came with its code: it pops up over the page.
    expect(getComputedStyle(menu(el)).position).to.equal('absolute');
    const box = menu(el).getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(320);
  });

  it('is not in the server’s or the hydrating render (not interactive), where it could not work', () => {
    const holder = document.createElement('div');
    const messages = messagesFor('en-GB');
    const view = { messages, table: undefined } as unknown as View;
    const frame = { tableOpen: false, onToggleTable: () => {}, downloads: {} as ExportController };
    render(renderToolbar(view, { ...frame, interactive: false }), holder);
    expect(texts(holder, 'button')).to.deep.equal(['Show data table']);
    // Nor where the chart has no table (a single headline figure): nothing at all, as before.
    render(renderToolbar(view, { ...frame, interactive: false }, false), holder);
    expect(texts(holder, 'button')).to.deep.equal([]);
  });

  it('stands alone under a chart with no table, once the script runs', async () => {
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    const widget = { localName: 'trust-stat', renderRoot: root, toolbar: 'png csv', addController: () => {} } as unknown as TrustElement;
    const downloads = new ExportController(widget, () => messagesFor('en-GB'));
    const view = { messages: messagesFor('en-GB'), table: undefined } as unknown as View;
    render(renderToolbar(view, { tableOpen: false, onToggleTable: () => {}, interactive: true, downloads }, false), root);
    expect(texts(root, 'button')).to.deep.equal(['Download']);
    root.querySelector<HTMLButtonElement>('.download')!.click();
    await until(() => !root.querySelector<HTMLElement>('#download-menu')!.hidden, 'the list opens');
    expect(texts(root, 'button')).to.deep.equal(['Download', 'Image (PNG)', 'Data (CSV)']);
  });

  it('loads its list on first use: before, an empty list; a click marks the button busy until the list opens', async () => {
    const el = await bars();
    const button = downloadButton(el)!;
    expect(items(el)).to.have.length(0);
    expect(shadow(el).querySelector('.download-status')!.getAttribute('role')).to.equal('status');
    // Clicked twice before the code is here: one opening, not an opening and a closing.
    button.click();
    button.click();
    expect(button.getAttribute('aria-busy')).to.equal('true');
    await opened(el);
    expect(button.hasAttribute('aria-busy')).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)).to.equal(items(el)[0]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(menu(el).hidden).to.equal(false);
  });
});
