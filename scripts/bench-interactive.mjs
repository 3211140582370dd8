// When the matrix answers its first filter change, on servers configured differently, loaded in turn.
// Run by scripts/bench-interactive.sh, which starts the servers. Arguments: loads, then the matrix links.
// Each load opens a fresh browser context (empty cache): navigation, the first contentful paint, the live
// grid's rows, then the filters opened and "red lines only" ticked until the address carries it, as a reader
// does it. Loads alternate between the links, so both meet the same state of the machine.
import { chromium } from 'playwright-core';

const [loads, ...links] = [Number(process.argv[2]), ...process.argv.slice(3)];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const samples = Object.fromEntries(links.map((link) => [link, []]));
for (let i = -2; i < loads; i++) {
  for (const link of links) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(link, { waitUntil: 'commit' });
    await page.locator('.rl-cell[data-ref]').first().waitFor();
    const live = Date.now() - start;
    if ((await page.locator('#filter-panel.rl-open').count()) === 0) {
      await page.locator('#filters').click();
      await page.locator('#filter-panel.rl-open').waitFor();
    }
    await page.locator('#filter-redline').click();
    await page.waitForURL((url) => url.toString().includes('redline=true'));
    const filtered = Date.now() - start;
    const painted = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1);
    if (i >= 0) samples[link].push([painted, live, filtered]); // the first two rounds warm the servers up
    await context.close();
  }
}
await browser.close();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const link of links) {
  const [painted, live, filtered] = [0, 1, 2].map((k) => Math.round(median(samples[link].map((s) => s[k]))));
  console.log(`${link}: ${loads} loads, medians: first contentful paint ${painted} ms, live grid rows ${live} ms, `
    + `first filter change accepted ${filtered} ms`);
}
