#!/usr/bin/env node
'use strict';
// The CLI is bundled to dist/cli.js by `npm run build` (node esbuild.config.mjs --only=cli).
require('../dist/cli.js');
