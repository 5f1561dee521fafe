/**
 * The heavy libraries of the core, loaded on first use. This file is CommonJS on purpose: the
 * bundler turns a require() inside a function into a module that is evaluated only when that
 * function first runs, so a command that finds everything in its cache (or prints help) never
 * pays for the YAML parser or the schema validators. An ESM import would evaluate them at start.
 * Plain JavaScript, typed by modules.d.cts, so every tool reads it as it is.
 */
'use strict';

let yaml;
let jsYaml;
let validators;
let excel;
let zip;
let qr;

function yamlLibrary() {
  return (yaml ??= require('yaml'));
}

function jsYamlLibrary() {
  return (jsYaml ??= require('js-yaml'));
}

/** exceljs (workbooks: the answer workbook, survey exports, the workbook report): a megabyte, so only when a workbook is read or written. */
function excelLibrary() {
  return (excel ??= require('exceljs'));
}

/** jszip, which exceljs reads workbooks with: to measure a workbook unzipped before exceljs holds all of it. */
function zipLibrary() {
  return (zip ??= require('jszip'));
}

/** The encoder of the qrcode package (its core only: no canvas, no image files), for the live workshop's join address. */
function qrLibrary() {
  return (qr ??= require('qrcode/lib/core/qrcode'));
}

function schemaValidators() {
  return (validators ??= require('../schema/generated/validators.cjs'));
}

module.exports = { yamlLibrary, jsYamlLibrary, excelLibrary, zipLibrary, qrLibrary, schemaValidators };
