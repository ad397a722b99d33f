import * as Frappe from 'frappe-charts';
const { Chart } = Frappe;
window.benchFrappeAll = Frappe;
import { FIGURES, TITLE, run } from './figures.js';

// Frappe Charts has no horizontal bar type: it draws the same figures as vertical bars.
run(async (container) =>
  new Chart(container, {
    title: TITLE,
    type: 'bar',
    height: 300,
    animate: false,
    colors: ['#12436d'],
    valuesOverPoints: 1,
    data: { labels: FIGURES.map((f) => f.label), datasets: [{ values: FIGURES.map((f) => f.value) }] },
  }),
);
