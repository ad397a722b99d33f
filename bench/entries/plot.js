import { barX, plot, ruleX, text } from '@observablehq/plot';
import { FIGURES, TITLE, run } from './figures.js';

// Plot draws once at a given width; it has no resize handling of its own, so a ResizeObserver redraws it.
const draw = (container) => {
  const width = container.clientWidth || 640;
  const figure = plot({
    title: TITLE,
    width,
    marginLeft: Math.min(320, width * 0.45),
    x: { domain: [0, 100], label: null },
    y: { label: null, domain: FIGURES.map((f) => f.label) },
    marks: [
      barX(FIGURES, { x: 'value', y: 'label', fill: '#12436d' }),
      text(FIGURES, { x: 'value', y: 'label', text: (f) => `${f.value}%`, dx: 6, textAnchor: 'start', fontWeight: 'bold' }),
      ruleX([0]),
    ],
  });
  container.replaceChildren(figure);
  return figure;
};

run(async (container) => {
  const figure = draw(container);
  new ResizeObserver(() => draw(container)).observe(container);
  return figure;
});
