import { BarChart } from 'echarts/charts';
import { GridComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { drawECharts } from './draw-echarts.js';
import { run } from './figures.js';

echarts.use([BarChart, GridComponent, TitleComponent, CanvasRenderer]);
run(drawECharts(echarts));
