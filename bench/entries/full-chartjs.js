import Chart from 'chart.js/auto';
import { drawChartJs } from './draw-chartjs.js';
import { run } from './figures.js';

run(drawChartJs(Chart));
