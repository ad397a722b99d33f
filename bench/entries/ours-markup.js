import '../../src/bars/define.ts';

/**
 * Our documented embed: the <trust-bars> elements (heading and a child <table>) are already in the page, styled
 * by preload.css until this script defines them. Reports when the last one is painted, like run() in figures.js.
 */
const charts = [...document.querySelectorAll('trust-bars')];
await Promise.all(charts.map((el) => el.updateComplete));
await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
window.benchCharts = charts;
window.benchDone = performance.now();
