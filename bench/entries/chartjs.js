import { BarController, BarElement, CategoryScale, Chart, LinearScale, Title } from 'chart.js';
import { drawChartJs } from './draw-chartjs.js';
import { run } from './figures.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title);
run(drawChartJs(Chart));
