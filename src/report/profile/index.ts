/**
 * The profile renderers by format. `PROFILE_RENDERERS` renders a list of profiles at once;
 * `streamingRenderer` writes one profile at a time, so `score` can render thousands of files
 * without holding their profiles. The HTML report (src/report/html) is not here: it is large, so
 * `score --format html` imports it only when asked for.
 */
import { msg, type FindingText } from '../../diagnostics/messages.js';
import type { Profile } from '../../scoring/types.js';
import { safeJson } from '../../util/safe-text.js';
import type { ProfileFormat } from './formats.js';
import {
  renderCsvHeader,
  renderCsvRow,
  csvColumns,
  renderProfilesCsv,
  type CsvColumns,
  type CsvDialect,
} from './csv.js';
import { renderProfileNdjson, renderProfilesJson, type JsonShape } from './json.js';
import { renderProfileMarkdown, renderProfilesMarkdown } from './markdown.js';
import { DEFAULT_WIDTH, renderProfileTable, renderProfilesTable, type ProfileTextOptions } from './table.js';

export interface ProfileRenderOptions extends ProfileTextOptions {
  csvDialect?: CsvDialect;
  /** json: an object (one answer file) or an array (anything else); by default by count. */
  jsonShape?: JsonShape;
}

export type ProfileRenderer = (profiles: readonly Profile[], options: ProfileRenderOptions) => string;

/** The formats rendered from all profiles at once (html by src/report/html, slides by src/report/slides). */
export const PROFILE_RENDERERS: Record<Exclude<ProfileFormat, 'html' | 'slides'>, ProfileRenderer> = {
  table: (profiles, options) => renderProfilesTable(profiles, options),
  json: (profiles, options) => renderProfilesJson(profiles, options.jsonShape),
  ndjson: (profiles) => profiles.map(renderProfileNdjson).join(''),
  csv: (profiles, options) => renderProfilesCsv(profiles, options.csvDialect),
  markdown: (profiles, options) => renderProfilesMarkdown(profiles, options.batch),
};

/**
 * A format written profile by profile: `item` returns the text for one profile (the first call
 * sees index 0), `end` what closes the output. `accepts` says whether a profile fits the output
 * begun with the first (CSV columns belong to one model).
 */
export interface StreamingRenderer {
  item(profile: Profile, index: number): string;
  end(count: number): string;
  accepts(profile: Profile): FindingText | undefined;
}

export function streamingRenderer(format: ProfileFormat, options: ProfileRenderOptions): StreamingRenderer | undefined {
  switch (format) {
    case 'ndjson':
      return { item: (p) => renderProfileNdjson(p), end: () => '', accepts: () => undefined };
    case 'json': {
      // What renderProfilesJson gives, written as it goes.
      const json = (p: Profile) => safeJson(JSON.stringify(p, null, 2));
      // Indent by line feeds only: JSON.stringify leaves U+2028 in strings, which /^/m would also take for a line start.
      const indent = (text: string) => `  ${text.split('\n').join('\n  ')}`;
      const element = (p: Profile) => indent(json(p));
      if (options.jsonShape === 'object')
        return {
          item: (p, i) => {
            if (i > 0) throw new Error('streamingRenderer: several profiles for one JSON object');
            return `${json(p)}\n`;
          },
          end: () => '',
          accepts: () => undefined,
        };
      if (options.jsonShape === 'array')
        return {
          item: (p, i) => `${i === 0 ? '[\n' : ',\n'}${element(p)}`,
          end: (count) => (count === 0 ? '[]\n' : '\n]\n'),
          accepts: () => undefined,
        };
      // By count: the first waits for a second to know whether the output is an array.
      let first: string | undefined;
      return {
        item: (p, i) => {
          if (i === 0) {
            first = json(p);
            return '';
          }
          return i === 1 ? `[\n${indent(first as string)},\n${element(p)}` : `,\n${element(p)}`;
        },
        end: (count) => (count === 0 ? '[]\n' : count === 1 ? `${first as string}\n` : '\n]\n'),
        accepts: () => undefined,
      };
    }
    case 'table': {
      const rule = '='.repeat((options.width ?? DEFAULT_WIDTH) - 1);
      return {
        item: (p, i) =>
          (i > 0 ? `\n${rule}\n\n` : '') + renderProfileTable(p, options, options.batch ? i + 1 : undefined),
        end: () => '',
        accepts: () => undefined,
      };
    }
    case 'markdown':
      return {
        item: (p, i) => (i > 0 ? '\n---\n\n' : '') + renderProfileMarkdown(p, options.batch ? i + 1 : undefined),
        end: () => '',
        accepts: () => undefined,
      };
    case 'csv': {
      let columns: CsvColumns | undefined;
      return {
        item: (p) => {
          const head = columns ? '' : renderCsvHeader((columns = csvColumns(p)), options.csvDialect);
          return head + renderCsvRow(p, columns, options.csvDialect);
        },
        end: () => '',
        accepts: (p) =>
          columns && p.questionnaire.model !== columns.model
            ? msg('profile.other-columns', {
                id: p.questionnaire.id,
                model: p.questionnaire.model,
                columns: columns.model,
              })
            : undefined,
      };
    }
    default:
      return undefined;
  }
}

export { renderProfileTable, renderProfilesTable } from './table.js';
export { renderProfileMarkdown, renderProfilesMarkdown } from './markdown.js';
export { renderProfilesJson, renderProfileNdjson, type JsonShape } from './json.js';
export { renderProfilesCsv, renderCsvHeader, renderCsvRow, csvColumns } from './csv.js';
export type { CsvDialect } from './csv.js';
export { PROFILE_FORMATS, COMPARISON_FORMATS, type ProfileFormat, type ComparisonFormat } from './formats.js';
