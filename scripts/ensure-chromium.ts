// Makes sure a Chromium exists before tests (installing Debian's package when possible), and says which.
import { chromiumPath } from './chromium.ts';

console.log(`Chromium: ${chromiumPath()}`);
