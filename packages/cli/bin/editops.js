#!/usr/bin/env node
// The `editops` command's launcher. It is committed, not built: pnpm links bins when it installs,
// before anything is built, and a bin pointing into dist/ made it warn on every fresh clone.
require('../dist/bin.js');
