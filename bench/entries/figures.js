/** The four public-concern figures (BT research, 2024 survey of the UK public), as every library draws them. */
export const TITLE = 'Most of the UK public worry about cyber-attacks on the NHS';
export const FIGURES = [
  { label: 'Concerned attacks could disrupt critical NHS systems', value: 60 },
  { label: 'Worry about cyber-attacks on the NHS', value: 57 },
  { label: 'Concerned about patient data exposure', value: 56 },
  { label: 'Rank training staff in new technologies a priority', value: 55 },
];
/** Every entry calls this: draws into each .chart container, then reports when the last one is painted. */
export async function run(draw) {
  const containers = Array.from(document.querySelectorAll('.chart'));
  const charts = [];
  for (const container of containers) charts.push(await draw(container));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  window.benchCharts = charts;
  window.benchDone = performance.now();
}
