// `npm start`: the built extension in Chromium on the bundled sample profile pages, served locally at
// https://www.linkedin.com/in/… (no LinkedIn account needed). With a display, a browser window to try it in;
// without one, headless, writing a screenshot of each page and saying where.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startFixtureServer } from './lib/fixture-server.mjs';
import { launchWithExtension } from './lib/launch.mjs';
import { samplePageRoutes } from './lib/sample-pages.mjs';

const SAMPLES = {
  'voyager-aino-virtanen': '/in/aino-virtanen-4b2a1c/',
  'sdui-liisa-makela': '/in/liisa-makela/',
  'guest-mikko-korhonen': '/in/mikko-korhonen-77/',
  'unknown-layout': '/in/jaana-tuntematon/',
  'profile-not-found': '/in/nobody-here-404/',
};

const hasDisplay =
  process.platform === 'darwin' ||
  process.platform === 'win32' ||
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const server = await startFixtureServer(samplePageRoutes());
let context;
try {
  context = await launchWithExtension({ port: server.port, headless: !hasDisplay });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await server.close();
  process.exit(1);
}

if (hasDisplay) {
  for (const path of Object.values(SAMPLES)) await (await context.newPage()).goto(`https://www.linkedin.com${path}`);
  await context.pages()[0]?.close(); // the blank start tab
  console.log('Chromium is open with the extension on sample profiles (served locally as www.linkedin.com).');
  console.log('Add a note in the panel on the right. Close the browser to stop.');
  await new Promise((done) => context.on('close', done));
} else {
  const folder = resolve('.output/screenshots');
  await mkdir(folder, { recursive: true });
  const page = await context.newPage();
  for (const [name, path] of Object.entries(SAMPLES)) {
    await page.goto(`https://www.linkedin.com${path}`);
    // The panel appears at once on known layouts, after a short grace period on unknown ones; none on "not found".
    await page
      .waitForFunction(() => document.querySelector('keep-in-touch-panel'), null, { timeout: 3000 })
      .catch(() => {});
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${folder}/${name}.png` });
  }
  console.log(
    `No display here, so Chromium ran headless. Screenshots of the panel on each sample page are in:\n  ${folder}/`,
  );
  await context.close();
}
await server.close();
