#!/usr/bin/env node
/**
 * `npm run screenshots [url]`: full-page PNGs of the demo gallery at 1024 px and 360 px in each theme, into
 * screenshots/, for looking at what readers see. Start the demo first (`npm start`), or pass another URL.
 */
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.js';

const base = process.argv[2] ?? 'http://localhost:5173/';
const themes = (process.env.THEMES ?? 'light,dark,nhs').split(',');
const widths = (process.env.WIDTHS ?? '1024,360').split(',').map(Number);
mkdirSync('screenshots', { recursive: true });

const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (['error', 'warn'].includes(message.type())) console.log(`[page ${message.type()}] ${message.text()}`);
  });
  page.on('pageerror', (error) => console.log(`[page exception] ${error.message}`));
  for (const theme of themes) {
    for (const width of widths) {
      await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
      const url = new URL(base);
      url.searchParams.set('theme', theme);
      await page.goto(url.href, { waitUntil: 'networkidle0' });
      await page.evaluate(() => document.fonts.ready);
      await new Promise((resolve) => setTimeout(resolve, 600));
      const file = `screenshots/${url.pathname.replace(/\W+/g, '_')}${theme}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
  }
} finally {
  await browser.close();
}
