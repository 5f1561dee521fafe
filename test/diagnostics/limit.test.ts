import { describe, expect, it } from 'vitest';
import { diag } from '../../src/diagnostics/diag.js';
import { msg } from '../../src/diagnostics/messages.js';
import { FindingList, MAX_FINDINGS_PER_FILE } from '../../src/diagnostics/limit.js';

// A finding's words, as they are.
const said = (text: string) => msg('verbatim', { text });

const at = (line: number) => ({ line, column: 1, endLine: line, endColumn: 2 });

describe('FindingList', () => {
  it('lists findings up to the limit, then one that says how many more, where the first of them is', () => {
    const list = new FindingList();
    let built = 0;
    for (let i = 1; i <= 250; i++)
      list.add('error', () => {
        built++;
        return diag('f.yaml', 'unknown-key', said(`key ${i}`), at(i));
      });
    const found = list.list();
    expect(found).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
    expect(found[99]?.message).toBe('key 100');
    expect(found[100]).toMatchObject({
      rule: 'too-many-findings',
      severity: 'error',
      line: 101,
      message: '… and 150 more findings, the first of them here (only the first 100 of a file are listed)',
      args: { omitted: 150 },
    });
    // Past the limit only the first is built (for its position); the others are counted.
    expect(built).toBe(101);
  });

  it('says nothing more when nothing was left out, and counts from a smaller room', () => {
    const list = new FindingList(2);
    list.add('warning', () => diag('f.yaml', 'version-mismatch', said('a'), at(1), 'warning'));
    expect(list.list()).toHaveLength(1);
    list.add('warning', () => diag('f.yaml', 'version-mismatch', said('b'), at(2), 'warning'));
    list.add('warning', () => diag('f.yaml', 'version-mismatch', said('c'), at(3), 'warning'));
    expect(list.list().map((d) => [d.rule, d.severity, d.message])).toEqual([
      ['version-mismatch', 'warning', 'a'],
      ['version-mismatch', 'warning', 'b'],
      [
        'too-many-findings',
        'warning',
        '… and 1 more finding, the first of them here (only the first 100 of a file are listed)',
      ],
    ]);
  });

  it('is an error when any finding it stands for is one, so the file still counts as bad', () => {
    const list = new FindingList(0);
    list.add('warning', () => diag('f.yaml', 'version-mismatch', said('a'), at(1), 'warning'));
    list.add('error', () => diag('f.yaml', 'unknown-key', said('b'), at(2)));
    expect(list.list()).toMatchObject([{ rule: 'too-many-findings', severity: 'error', line: 1 }]);
  });

  it('gives up its latest info for a warning or an error: what only tells never hides what is wrong', () => {
    const list = new FindingList(3);
    for (let i = 1; i <= 5; i++)
      list.add('info', () => diag('f.csv', 'answers-migrated', said(`row ${i}`), at(i), 'info'));
    list.add('error', () => diag('f.csv', 'invalid-answer', said('bad'), at(9)));
    list.add('info', () => diag('f.csv', 'answers-migrated', said('row 10'), at(10), 'info'));
    expect(list.list().map((d) => [d.rule, d.severity, d.message.slice(0, 8)])).toEqual([
      ['answers-migrated', 'info', 'row 1'],
      ['answers-migrated', 'info', 'row 2'],
      ['invalid-answer', 'error', 'bad'],
      // Rows 3, 4, 5 and 10: all info, so the finding that stands for them is info.
      ['too-many-findings', 'info', '… and 4 '],
    ]);
  });
});
