/** Widgets per second pre-rendered in Node with @lit-labs/ssr, from the built library (dist/). */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../dist/index.js';

const data =
  'Concerned attacks could disrupt critical NHS systems: 60; Worry about cyber-attacks on the NHS: 57; Concerned about patient data exposure: 56; Rank training staff in new technologies a priority: 55';
const one = () => collectResultSync(render(html`<trust-bars heading="Most of the UK public worry about cyber-attacks on the NHS" data=${data}></trust-bars>`));
for (let i = 0; i < 50; i++) one();
const count = 500;
const start = performance.now();
let bytes = 0;
for (let i = 0; i < count; i++) bytes += one().length;
const seconds = (performance.now() - start) / 1000;
console.log(`${Math.round(count / seconds)} <trust-bars> per second (${count} rendered, ${Math.round(bytes / count)} bytes of HTML each)`);
