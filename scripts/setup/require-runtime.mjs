// Runs first in every npm script. The project brings its own Node (the `node` package, pinned in
// package.json, which npm scripts find first on the PATH in node_modules/.bin). When its install
// script was skipped (`--ignore-scripts`, another package manager) or the pin moved since the last
// install, the machine's own Node runs instead and Astro would fail with a version error that says
// nothing about the cause: stop here with one sentence instead. Plain JavaScript, no imports from
// node_modules, so any Node that runs npm can run it.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const wanted = manifest.dependencies?.node;
if (wanted && process.version !== `v${wanted}`) {
  console.error(`This project runs on its own Node ${wanted} (node_modules/.bin/node), which is missing or out of date (${process.version} from ${process.execPath} ran instead): run \`npm ci\` without --ignore-scripts, then try again.`);
  process.exit(1);
}
