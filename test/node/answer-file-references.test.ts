/** How an answer file written by `template` or `run` names its questionnaire and its schema (src/cli/answer-file.ts). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerFileReferences } from '../../src/node/answer-file-references.js';
import { packageRoot, shippedQuestionnairesDir } from '../../src/node/paths.js';
import { readVersion } from '../../src/node/version.js';

const root = packageRoot();
/** The published schema of this version, wherever the answer file lies. */
const schema = `https://cdn.jsdelivr.net/npm/datascan@${readVersion()}/schemas/answers.schema.json`;

describe('answerFileReferences', () => {
  it('names a shipped questionnaire by its id', () => {
    const refs = answerFileReferences(
      path.join(root, 'work', 'answers.yaml'),
      path.join(shippedQuestionnairesDir(), 'odg-scan.yaml'),
      'odg-scan',
    );
    expect(refs).toEqual({ questionnaire: 'odg-scan', byId: true, schema });
  });

  it('names any other questionnaire (given by path or found with --dir) by its path relative to the answer file', () => {
    const refs = answerFileReferences(
      path.join(root, 'a', 'b', 'answers.yaml'),
      path.join(root, 'mine', 'scan.yaml'),
      'my-scan',
    );
    expect(refs).toEqual({
      questionnaire: '../../mine/scan.yaml',
      byId: false,
      schema,
    });
  });

  it('takes a relative answer-file path from the working directory', () => {
    const refs = answerFileReferences('answers.yaml', path.resolve('q', 'scan.yaml'), 'x');
    expect(refs.questionnaire).toBe('q/scan.yaml');
  });
});
