import * as Frappe from 'frappe-charts';
import { drawFrappe } from './draw-frappe.js';
import { run } from './figures.js';

window.benchLibrary = Frappe;
run(drawFrappe(Frappe.Chart));
