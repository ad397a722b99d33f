import { FIGURES, TITLE } from './figures.js';

/**
 * The benchmark chart with Frappe Charts, which has no horizontal bars: it draws vertical ones. Frappe draws a new
 * axis chart with every value at 0 first, and its figures 700 ms later (a setTimeout of INIT_CHART_UPDATE_TIMEOUT,
 * animate or not): timed without more, its "painted" was that frame of zeros (bars 0 px high, labels "0", axis 0–5).
 * Its own update() draws the figures at once, so the time is Frappe's to the chart with its figures, as for the others.
 */
export const drawFrappe = (Chart) => (container) => {
  const data = { labels: FIGURES.map((f) => f.label), datasets: [{ values: FIGURES.map((f) => f.value) }] };
  const chart = new Chart(container, {
    title: TITLE,
    type: 'bar',
    height: 300,
    animate: false,
    colors: ['#12436d'],
    valuesOverPoints: 1,
    data,
  });
  chart.update(data);
  return chart;
};
