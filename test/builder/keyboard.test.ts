/**
 * The builder's new controls by keyboard alone (real key presses through WebDriver/CDP): Tab reaches the CSV address
 * field after the pasted figures, typing in it sets `src`, and Tab goes on through the previews (the "no JavaScript"
 * one included) to the static HTML and its copy button, which Enter presses.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import '../../src/builder/define.js';
import type { BuilderCopyDetail, TrustChartBuilder } from '../../src/builder/chart-builder.js';
import type { Manifest } from '../../src/builder/manifest-form.js';
import { engine } from '../helpers/engine.js';
import { freshPath, serve } from '../helpers/source-fixtures.js';
import { loadManifest } from './helpers.js';

/**
 * Types `text` a character at a time: WebKit's WebDriver drops a repeated character typed in one go ("worry" became
 * "wory"), as a person's keyboard never does.
 */
async function typeText(text: string): Promise<void> {
  for (const character of text) await sendKeys({ type: character });
}

let manifest: Manifest;
before(async () => {
  manifest = await loadManifest();
});

/** The element with keyboard focus in the builder's document (the host of a focused shadow root or frame). */
const focused = (): Element | null => document.activeElement;

/** Presses Tab until `target` has focus, returning what had focus on the way; fails after `limit` presses. */
async function tabTo(target: () => Element | null, limit = 80): Promise<Element[]> {
  const path: Element[] = [];
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const now = focused();
    if (now) path.push(now);
    if (now && now === target()) return path;
  }
  throw new Error(`Tab never reached the target; focus went through ${path.map((e) => e.id || e.localName).join(', ')}`);
}

describe('builder: the new controls by keyboard', function () {
  // Up to a hundred real key presses a test, each a round trip to the browser: 4–6 s in WebKit, twice that beside the
  // second browser npm test runs (and a test cut off by its time limit would go on pressing keys into the next).
  this.timeout(30000);

  it('Tab reaches the CSV address after the figures, and the static HTML’s copy button after the previews; Enter copies', async () => {
    const el = await fixture<TrustChartBuilder>(html`<trust-chart-builder .manifest=${manifest}></trust-chart-builder>`);
    const paste = el.querySelector<HTMLTextAreaElement>('#tcb-paste')!;
    paste.focus();
    // Pasting (Ctrl+V) puts the text in at once; typed, its tabs would move the focus.
    paste.value = 'Answer\tShare\nWorried\t57%\nConcerned\t60%';
    paste.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;

    const toAddress = await tabTo(() => el.querySelector('#tcb-src'));
    // Only the table of how each cell was read (a scrolling region) lies between the two.
    expect(toAddress.map((e) => e.id || e.className)).to.deep.equal(['reading-scroll', 'tcb-src']);
    const address = await serve(freshPath('builder-keys/'), { body: 'Answer,Share\nWorried,50%\n' });
    await typeText(address);
    await el.updateComplete;
    // Not fetched key by key: the address is taken on Enter (or on leaving the field).
    expect(el.currentState.attributes['src']).to.equal(undefined);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.currentState.attributes['src']).to.equal(address);
    expect(el.querySelector('.preview-desktop > *')?.getAttribute('src')).to.equal(address);
    // Back to pasted figures only, by keyboard: delete the address, Enter. (Backspace key by key, not Ctrl+A: WebKit's
    // WebDriver cannot hold a key down.)
    expect(focused()?.id, 'focus stays in the field').to.equal('tcb-src');
    for (let i = 0; i < address.length; i++) await sendKeys({ press: 'Backspace' });
    expect(el.querySelector<HTMLInputElement>('#tcb-src')!.value, 'emptied').to.equal('');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.currentState.attributes['src']).to.equal('');
    await el.previewsDrawn;
    await el.staticHtmlDrawn;
    await el.updateComplete;

    const copyButton = () => el.querySelector('button[data-copy="static"]');
    const toCopy = await tabTo(copyButton, 200);
    const noScriptPreview = el.querySelector('.preview-static-figure')!;
    expect(toCopy, 'the no-JavaScript preview takes focus, to scroll it by keyboard').to.include(noScriptPreview);
    expect(toCopy.indexOf(noScriptPreview)).to.be.lessThan(toCopy.indexOf(el.querySelector('#tcb-static-code')!));
    const copied = new Promise<BuilderCopyDetail>((resolve) =>
      el.addEventListener('builder-copy', (event) => resolve((event as CustomEvent<BuilderCopyDetail>).detail), { once: true }),
    );
    await sendKeys({ press: 'Enter' });
    const detail = await copied;
    expect(detail.kind).to.equal('static');
    expect(detail.text).to.equal(el.querySelector<HTMLTextAreaElement>('#tcb-static-code')!.value);
  });

  it('the colours by keyboard alone: Enter opens the section, Tab goes picker → hex code → Reset, Enter sets and resets', async () => {
    const el = await fixture<TrustChartBuilder>(html`<trust-chart-builder .manifest=${manifest}></trust-chart-builder>`);
    const paste = el.querySelector<HTMLTextAreaElement>('#tcb-paste')!;
    paste.focus();
    paste.value = 'Answer\tShare\nWorried\t57%\nConcerned\t60%';
    paste.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    const section = el.querySelector<HTMLDetailsElement>('details.colours')!;
    await tabTo(() => section.querySelector('summary'), 200);
    expect(section.open).to.equal(false);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(section.open, 'Enter opens it').to.equal(true);

    // The first colour: its picker, then its hex code (Reset shows once there is something to reset).
    const path = await tabTo(() => el.querySelector('#tcb-colour-trust-text-color'), 3);
    // WebKit leaves <input type="color"> out of the Tab order, as Safari does: there Tab goes straight to the hex code.
    const picker = engine === 'webkit' ? [] : ['tcb-colour-trust-text-color-picker'];
    expect(path.map((e) => e.id)).to.deep.equal([...picker, 'tcb-colour-trust-text-color']);
    await typeText('#0b0c0c');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.currentState.colours).to.deep.equal({ '--trust-text-color': '#0b0c0c' });
    expect(el.querySelector<HTMLInputElement>('#tcb-colour-trust-text-color-picker')!.value).to.equal('#0b0c0c');
    expect(focused()?.id, 'focus stays in the field').to.equal('tcb-colour-trust-text-color');

    await sendKeys({ press: 'Tab' });
    expect(focused()?.matches('button.colour-reset[data-colour="--trust-text-color"]')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.currentState.colours).to.deep.equal({});
    expect(focused()?.id, 'back to the emptied field, not lost with the button').to.equal('tcb-colour-trust-text-color');
    expect(section.open).to.equal(true);
    // Tab goes on to the next colour's picker (its hex code in WebKit, as above).
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal(engine === 'webkit' ? 'tcb-colour-trust-muted-color' : 'tcb-colour-trust-muted-color-picker');
  });

  it('end to end by keyboard alone: the suggested chart, another by arrow keys, the heading typed, the script embed copied with Enter', async () => {
    const el = await fixture<TrustChartBuilder>(html`<trust-chart-builder .manifest=${manifest}></trust-chart-builder>`);
    const paste = el.querySelector<HTMLTextAreaElement>('#tcb-paste')!;
    paste.focus();
    paste.value = 'Answer\tShare\nWorried\t57%\nConcerned\t60%';
    paste.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;

    // Tab reaches the chart choice at the suggestion (one stop for the whole radio group).
    await tabTo(() => el.querySelector('input[name="tcb-widget"]:checked'));
    expect((focused() as HTMLInputElement).value).to.equal('trust-bars');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.currentState.tag).to.equal((focused() as HTMLInputElement).value);
    expect(el.currentState.tag).not.to.equal('trust-bars');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.currentState.tag).to.equal('trust-bars');

    const toHeading = await tabTo(() => el.querySelector('#tcb-field-heading'));
    expect(
      toHeading.some((e) => e.matches('input[name="tcb-widget"]')),
      'the first Tab leaves the radio group',
    ).to.equal(false);
    await typeText('Most worry');
    await el.updateComplete;
    expect(el.currentState.attributes['heading']).to.equal('Most worry');

    await tabTo(() => el.querySelector('button[data-copy="script"]'), 300);
    const copied = new Promise<BuilderCopyDetail>((resolve) =>
      el.addEventListener('builder-copy', (event) => resolve((event as CustomEvent<BuilderCopyDetail>).detail), { once: true }),
    );
    await sendKeys({ press: 'Enter' });
    const detail = await copied;
    expect(detail.kind).to.equal('script');
    expect(detail.text).to.include('<trust-bars heading="Most worry">');
  });
});
