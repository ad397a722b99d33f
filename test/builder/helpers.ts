import { fixture, html } from '@open-wc/testing';
import type { TrustChartBuilder } from '../../src/builder/chart-builder.js';
import type { Manifest } from '../../src/builder/manifest-form.js';

/** The project's custom-elements.json, which the builder's form is made from (the shipped builder inlines it). */
export const loadManifest = async (): Promise<Manifest> => (await (await fetch('/custom-elements.json')).json()) as Manifest;

/** A builder on the page, drawn; `useAddress`: it keeps its state in the page's address. */
export async function builderWith(manifest: Manifest, useAddress = false): Promise<TrustChartBuilder> {
  const el = await fixture<TrustChartBuilder>(
    useAddress
      ? html`<trust-chart-builder use-address .manifest=${manifest}></trust-chart-builder>`
      : html`<trust-chart-builder .manifest=${manifest}></trust-chart-builder>`,
  );
  await el.updateComplete;
  return el;
}
