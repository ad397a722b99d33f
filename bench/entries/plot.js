import { barX, plot, ruleX, text } from '@observablehq/plot';
import { drawPlot } from './draw-plot.js';
import { run } from './figures.js';

run(drawPlot({ barX, plot, ruleX, text }));
