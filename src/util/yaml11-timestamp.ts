/**
 * Whether a YAML 1.1 reader may take a text written without quotes for a timestamp: the shapes of
 * the YAML 1.1 timestamp type (yaml.org/type/timestamp), without checking that the date exists. For
 * a writer that quotes such texts: quoting one more than needed is harmless, one fewer is not.
 * Pure and without js-yaml, so that the form page's script (which writes answer files) stays small;
 * the check of files read (rule yaml11-date, source/yaml11.ts) asks js-yaml itself.
 */
const DATE = /^\d{4}-\d\d-\d\d$/;
const DATE_TIME = /^\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?$/;

export function mayReadAsYaml11Timestamp(text: string): boolean {
  return DATE.test(text) || DATE_TIME.test(text);
}
