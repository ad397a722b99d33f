import * as echarts from 'echarts';
import { drawECharts } from './draw-echarts.js';
import { run } from './figures.js';

run(drawECharts(echarts));
