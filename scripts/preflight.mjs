// What `npm test` (and `npm start`) need from the machine, checked in a second, before anything slow.
// Plain JavaScript without dependencies, so it runs on a fresh clone and on an old Node alike.
//   node scripts/preflight.mjs start   Node's version only
//   node scripts/preflight.mjs test    Node's version, then Chromium and a CJK font for the browser test;
//                                      as root with apt-get it installs them, otherwise it names the command.
// CHROMIUM_PATH points the browser test at another Chromium (default: Debian's /usr/bin/chromium).
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";

const MIN_NODE = [20, 3];
const PACKAGES = ["chromium", "fonts-wqy-zenhei"];
const INSTALL = `apt-get install -y ${PACKAGES.join(" ")}`;
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function fail(lines) {
  console.error(`\n${lines.join("\n")}\n`);
  process.exit(1);
}

function checkNode() {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1])) return;
  fail([
    `cbec-finance needs Node.js ${MIN_NODE.join(".")} or later; this is Node.js ${process.versions.node}.`,
    "Install Node.js 20 (or 22), then run the command again.",
  ]);
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function hasCjkFont() {
  const list = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
  return list.status === 0 && list.stdout.trim() !== "";
}

/** What the browser test lacks, in words a person reads. */
function missingForBrowserTest() {
  const missing = [];
  if (!isExecutable(chromiumPath)) missing.push(`Chromium at ${chromiumPath}`);
  if (!hasCjkFont()) missing.push("a Chinese (CJK) font");
  return missing;
}

function canProvision() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return isRoot && spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0;
}

function provision() {
  console.log(`preflight: installing ${PACKAGES.join(" and ")} with apt-get for the browser test...`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const steps = [
    ["apt-get", ["update", "-qq"]],
    ["apt-get", ["install", "-y", "-qq", ...PACKAGES]],
  ];
  for (const [command, args] of steps) {
    const run = spawnSync(command, args, { stdio: ["ignore", "inherit", "inherit"], env });
    if (run.status !== 0) return false;
  }
  return true;
}

function checkBrowserTest() {
  let missing = missingForBrowserTest();
  if (missing.length === 0) return;
  if (canProvision() && provision()) missing = missingForBrowserTest();
  if (missing.length === 0) return;
  fail([
    `The browser test needs ${missing.join(" and ")}, and this machine has not got it.`,
    "Install them once (Debian or Ubuntu), then run npm test again:",
    "",
    `    sudo ${INSTALL}`,
    "",
    "Chromium elsewhere: set CHROMIUM_PATH=/path/to/chromium.",
  ]);
}

checkNode();
if (process.argv[2] === "test") {
  checkBrowserTest();
  console.log(`preflight: Node.js ${process.versions.node}, ${chromiumPath} and a CJK font are here.`);
}
