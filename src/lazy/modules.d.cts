import type * as YamlLibrary from 'yaml';
import type * as JsYamlLibrary from 'js-yaml';
import type { ValidateFunction } from 'ajv';
import type * as ExcelLibrary from 'exceljs';
import type ZipLibrary from 'jszip';

/** What the workshop uses of the qrcode package's encoder: the modules of a code, dark or light. */
interface QrEncoder {
  create(
    text: string,
    options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' },
  ): { modules: { size: number; get(row: number, col: number): number | boolean } };
}

declare const lazy: {
  /** The `yaml` package, loaded on first call. */
  yamlLibrary(): typeof YamlLibrary;
  /** The `js-yaml` package (5.x: the reader of every file), loaded on first call. */
  jsYamlLibrary(): typeof JsYamlLibrary;
  /** The `exceljs` package, loaded on first call. */
  excelLibrary(): typeof ExcelLibrary;
  /** The `jszip` package (the one exceljs unzips with), loaded on first call. */
  zipLibrary(): typeof ZipLibrary;
  /** The qrcode package's encoder, loaded on first call. */
  qrLibrary(): QrEncoder;
  /** The precompiled schema validators (src/schema/generated), loaded on first call. */
  schemaValidators(): Record<
    'questionnaire' | 'answers' | 'profile' | 'test' | 'plan' | 'comparison',
    ValidateFunction
  >;
};
export = lazy;
