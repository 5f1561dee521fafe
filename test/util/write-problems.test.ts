import { describe, expect, it } from 'vitest';
import { WriteError } from '../../src/node/errors.js';
import { messagesFor } from '../../src/prompt/messages.js';
import { describeWriteProblem, WRITE_PROBLEMS } from '../../src/util/write-problems.js';

describe('what a failed write means, in plain words', () => {
  it('Dutch and English explain the same error codes', () => {
    expect(Object.keys(WRITE_PROBLEMS.nl).sort()).toEqual(Object.keys(WRITE_PROBLEMS.en).sort());
  });

  it('says the code with its meaning, or the code alone when it has none', () => {
    expect(describeWriteProblem('ENOSPC', 'nl')).toBe('ENOSPC (de schijf is vol)');
    expect(describeWriteProblem('EACCES', 'en')).toBe('EACCES (permission denied)');
    expect(describeWriteProblem('EWEIRD', 'nl')).toBe('EWEIRD');
  });

  it('the interview says it in its own language; other commands in English', () => {
    expect(messagesFor('nl').cannotSave('a.yaml', 'EROFS')).toBe(
      'kan a.yaml niet opslaan: EROFS (het bestandssysteem is alleen-lezen)',
    );
    expect(messagesFor('en').cannotSave('a.yaml', 'EROFS')).toBe('cannot save a.yaml: EROFS (read-only file system)');
    expect(new WriteError('out.csv', Object.assign(new Error('x'), { code: 'EISDIR' })).message).toBe(
      'cannot write out.csv: EISDIR (it is a folder)',
    );
  });
});
