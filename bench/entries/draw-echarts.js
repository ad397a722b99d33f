import { FIGURES, TITLE } from './figures.js';

/** The benchmark chart with ECharts (canvas renderer, its default); ECharts does not follow its container itself. */
export const drawECharts = (echarts) => (container) => {
  container.style.height = '320px';
  const chart = echarts.init(container);
  chart.setOption({
    animation: false,
    title: { text: TITLE, textStyle: { fontSize: 16 } },
    grid: { left: 8, right: 48, top: 48, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', data: FIGURES.map((f) => f.label), inverse: true },
    series: [{ type: 'bar', data: FIGURES.map((f) => f.value), itemStyle: { color: '#12436d' }, label: { show: true, position: 'right', formatter: '{c}%' } }],
  });
  new ResizeObserver(() => chart.resize()).observe(container);
  return chart;
};
