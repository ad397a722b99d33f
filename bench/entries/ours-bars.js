import '../../src/bars/define.ts';
import { FIGURES, TITLE, run } from './figures.js';

run(async (container) => {
  const el = document.createElement('trust-bars');
  el.setAttribute('heading', TITLE);
  el.setAttribute('data', FIGURES.map((f) => `${f.label}: ${f.value}`).join('; '));
  container.append(el);
  await el.updateComplete;
  return el;
});
