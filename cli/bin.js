#!/usr/bin/env node
// The `meetwerk` command. The code is TypeScript, run through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('./meetwerk.ts');
