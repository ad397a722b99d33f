import { FIGURES, TITLE } from './figures.js';

/** The benchmark chart with Highcharts (core, or core plus highcharts-more for the full build). */
export const drawHighcharts = (Highcharts) => (container) =>
  Highcharts.chart(container, {
    chart: { type: 'bar', animation: false },
    title: { text: TITLE },
    credits: { enabled: false },
    xAxis: { categories: FIGURES.map((f) => f.label) },
    yAxis: { min: 0, max: 100, title: { text: null } },
    legend: { enabled: false },
    plotOptions: { series: { animation: false, dataLabels: { enabled: true, format: '{y}%' } } },
    series: [{ type: 'bar', name: '% of UK adults', data: FIGURES.map((f) => f.value), color: '#12436d' }],
  });
