import * as Plot from '@observablehq/plot';
import { drawPlot } from './draw-plot.js';
import { run } from './figures.js';

// Keep every export reachable, as a page offering all of Plot would.
window.benchLibrary = Plot;
run(drawPlot(Plot));
