import { FIGURES, TITLE } from './figures.js';

/** The benchmark chart with Frappe Charts, which has no horizontal bars: it draws vertical ones. */
export const drawFrappe = (Chart) => (container) =>
  new Chart(container, {
    title: TITLE,
    type: 'bar',
    height: 300,
    animate: false,
    colors: ['#12436d'],
    valuesOverPoints: 1,
    data: { labels: FIGURES.map((f) => f.label), datasets: [{ values: FIGURES.map((f) => f.value) }] },
  });
