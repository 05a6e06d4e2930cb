#!/usr/bin/env node
// src/cli/main.ts
console.log("mirrorize");
export {};
