import { FIGURES, TITLE } from './figures.js';

/** The benchmark chart with this library: one <trust-bars>, as a developer would create it. */
export const drawOurs = async (container) => {
  const el = document.createElement('trust-bars');
  el.setAttribute('heading', TITLE);
  el.setAttribute('data', FIGURES.map((f) => `${f.label}: ${f.value}`).join('; '));
  container.append(el);
  await el.updateComplete;
  return el;
};
