import { FIGURES, TITLE } from './figures.js';

/** The benchmark chart with Observable Plot, which draws once at a width: a ResizeObserver redraws it. */
export const drawPlot =
  ({ barX, plot, ruleX, text }) =>
  (container) => {
    const draw = () => {
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
    const figure = draw();
    new ResizeObserver(draw).observe(container);
    return figure;
  };
