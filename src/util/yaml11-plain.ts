/**
 * Whether a YAML 1.1 reader (PyYAML; ruamel.yaml reading a file as YAML 1.1) may take a text written
 * without quotes for something other than text: a timestamp, a boolean (`yes`, `off`), a number
 * in a form YAML 1.2 reads as text (`1_000`, `0b101`, `1:20`, `010`), null, or
 * the value and merge keys `=` and `<<` (which PyYAML refuses to read as a value). YAML 1.2 writers
 * leave these plain, as for them they are text. For a writer that quotes such texts: quoting one
 * more than needed is harmless, one fewer is not. The shapes are those of the YAML 1.1 types
 * (yaml.org/type), without checking that a date exists. Pure and without js-yaml, so that the form
 * page's script (which writes answer files) stays small; the check of files read (rule yaml11-date,
 * source/yaml11.ts) asks js-yaml itself.
 */
const DATE = /^\d{4}-\d\d-\d\d$/;
const DATE_TIME = /^\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?$/;
const BOOLEAN = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const INTEGER =
  /^(?:[-+]?0b[01_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const FLOAT =
  /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const NULL = /^(?:~|null|Null|NULL)$/;
/** YAML 1.1's value and merge keys: PyYAML refuses to build either where it stands as a value. */
const SPECIAL = /^(?:=|<<)$/;

export function mayReadAsYaml11Timestamp(text: string): boolean {
  return DATE.test(text) || DATE_TIME.test(text);
}

/** Whether a YAML 1.1 reader may take this text, written plain, for a value that is not text. */
export function mayReadAsYaml11NonText(text: string): boolean {
  return mayReadAsYaml11Timestamp(text) || [BOOLEAN, INTEGER, FLOAT, NULL, SPECIAL].some((shape) => shape.test(text));
}
