import { Chart } from 'frappe-charts';
import { drawFrappe } from './draw-frappe.js';
import { run } from './figures.js';

run(drawFrappe(Chart));
