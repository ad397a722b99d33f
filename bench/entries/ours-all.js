import '../../src/index.ts';
import { drawOurs } from './draw-ours.js';
import { run } from './figures.js';

run(drawOurs);
