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
import { freshPath, serve } from '../helpers/source-fixtures.js';

let manifest: Manifest;
before(async () => {
  manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
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

describe('builder: the new controls by keyboard', () => {
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
    await sendKeys({ type: address });
    await el.updateComplete;
    // Not fetched key by key: the address is taken on Enter (or on leaving the field).
    expect(el.currentState.attributes['src']).to.equal(undefined);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.currentState.attributes['src']).to.equal(address);
    expect(el.querySelector('.preview-desktop > *')?.getAttribute('src')).to.equal(address);
    // Back to pasted figures only, by keyboard: select all, delete, Enter.
    expect(focused()?.id, 'focus stays in the field').to.equal('tcb-src');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ press: 'Backspace' });
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
});
