// `npm run dev`: WXT's dev mode (live reload) in a Chromium we found or installed, on real LinkedIn.
import { spawn } from 'node:child_process';
import { findChromium } from './lib/chromium.mjs';

try {
  process.env.CHROME_PATH = await findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const wxt = spawn('npx', ['wxt', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
wxt.on('exit', (code) => process.exit(code ?? 1));
