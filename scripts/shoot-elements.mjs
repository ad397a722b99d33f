#!/usr/bin/env node
/**
 * Close-up PNGs of single widgets: `node scripts/shoot-elements.mjs URL WIDTH SELECTOR OUT-PREFIX [SCALE]`.
 * Writes OUT-PREFIX-0.png, -1.png … for the first elements matching SELECTOR (2× pixel density by default).
 */
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.js';

const [url = 'http://localhost:5173/', width = '360', selector = '[heading]', out = 'screenshots/element', scale = '2'] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: 900, deviceScaleFactor: Number(scale) });
  page.on('pageerror', (error) => console.log(`[page exception] ${error.message}`));
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 700));
  const visible = [];
  for (const element of await page.$$(selector)) if ((await element.boundingBox())?.width) visible.push(element);
  for (const [i, element] of visible.slice(0, 12).entries()) await element.screenshot({ path: `${out}-${i}.png` });
  console.log(`${Math.min(visible.length, 12)} screenshots: ${out}-N.png`);
} finally {
  await browser.close();
}
