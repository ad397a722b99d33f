import Highcharts from 'highcharts/es-modules/masters/highcharts.src.js';
import { drawHighcharts } from './draw-highcharts.js';
import { run } from './figures.js';

run(drawHighcharts(Highcharts));
