/**
 * Renders resources/icons/icon.svg to the PNG electron-builder turns into the Windows .ico and
 * the Linux icons (`node scripts/make-icons.mjs`; run again after editing the SVG).
 */
import path from 'node:path';
import { chromium } from '@playwright/test';

const dir = path.resolve('resources/icons');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
  await page.goto(`file://${path.join(dir, 'icon.svg')}`);
  await page.screenshot({ path: path.join(dir, 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
