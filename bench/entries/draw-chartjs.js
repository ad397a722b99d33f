import { FIGURES, TITLE } from './figures.js';

// Chart.js has no value labels built in (chartjs-plugin-datalabels adds ~12 KB): a minimal plugin draws them.
const valueLabels = {
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.font = 'bold 14px sans-serif';
    ctx.textBaseline = 'middle';
    chart.getDatasetMeta(0).data.forEach((bar, i) => ctx.fillText(`${chart.data.datasets[0].data[i]}%`, bar.x + 6, bar.y));
    ctx.restore();
  },
};

/** The benchmark chart with Chart.js; `Chart` is the tree-shaken or the full build. */
export const drawChartJs = (Chart) => (container) => {
  const canvas = document.createElement('canvas');
  container.append(canvas);
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: FIGURES.map((f) => f.label), datasets: [{ data: FIGURES.map((f) => f.value), backgroundColor: '#12436d' }] },
    options: { indexAxis: 'y', animation: false, responsive: true, plugins: { title: { display: true, text: TITLE } }, scales: { x: { min: 0, max: 100 } } },
    plugins: [valueLabels],
  });
};
