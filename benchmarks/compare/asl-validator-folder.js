// asl-validator over many files in one Node process, as a program embedding it would run it:
// reads, parses (JSON or YAML) and validates each file, and prints the time spent doing so
// (after the module is loaded) and how many files it checked. A file that does not parse counts
// as checked, as asl-validator's own CLI would stop there.
// Usage: node asl-validator-folder.js NODE_MODULES_DIR FILE...
"use strict";
const fs = require("fs");
const path = require("path");
const modules = process.argv[2];
const validator = require(path.join(modules, "asl-validator")).default
  || require(path.join(modules, "asl-validator"));
const yaml = require(path.join(modules, "yaml"));
const files = process.argv.slice(3);
const start = process.hrtime.bigint();
let valid = 0;
let invalid = 0;
let unparsable = 0;
for (const file of files) {
  let definition;
  try {
    const text = fs.readFileSync(file, "utf8");
    definition = /\.ya?ml$/i.test(file) ? yaml.parse(text) : JSON.parse(text);
  } catch (e) {
    unparsable++;
    continue;
  }
  try {
    const result = validator(definition, { checkArn: true, checkPaths: true });
    if (result.isValid) valid++; else invalid++;
  } catch (e) {
    invalid++;
  }
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
console.log(JSON.stringify({ files: files.length, valid, invalid, unparsable, ms }));
