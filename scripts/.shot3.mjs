import { chromium } from 'playwright-core';
const [url, out, sel, theme] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
p.on('console', m => console.log('console', m.type(), m.text()));
if (theme) await p.addInitScript(t => localStorage.setItem('starlight-theme', t), theme);
await p.goto(url); await p.waitForLoadState('networkidle');
await p.locator(sel).screenshot({ path: out });
await b.close();
