/** `template --format xlsx` and where it may write: never a workbook's bytes on a terminal. */
import { describe, expect, it } from 'vitest';
import { templateCommand } from '../../src/cli/commands/template.js';
import type { CommandContext } from '../../src/cli/context.js';
import { UserError } from '../../src/node/errors.js';
import { plainStyle } from '../../src/util/style.js';
import { fixture } from '../helpers/cli.js';

function context(stdoutIsTTY: boolean): { ctx: CommandContext; written: (string | Uint8Array)[] } {
  const written: (string | Uint8Array)[] = [];
  const ctx: CommandContext = {
    stdout: (data) => void written.push(data),
    drain: () => Promise.resolve(),
    stderr: () => {},
    style: plainStyle,
    errStyle: plainStyle,
    stdoutIsTTY,
    stderrIsTTY: false,
    stdoutColumns: 80,
    version: 'test',
    cache: false,
    language: 'en',
  };
  return { ctx, written };
}

const SCAN = fixture('workbook', 'workbook-scan.yaml');

describe('template --format xlsx without -o', () => {
  it('is refused with one line when stdout is a terminal', async () => {
    const { ctx, written } = context(true);
    const refused = templateCommand(SCAN, { format: 'xlsx' }, ctx);
    await expect(refused).rejects.toThrow(UserError);
    await expect(refused).rejects.toThrow(/^--format xlsx writes a workbook, which a terminal cannot show/);
    await expect(refused).rejects.toMatchObject({ exitCode: 2 });
    expect(written).toEqual([]);
  });

  it('writes the workbook bytes to a pipe', async () => {
    const { ctx, written } = context(false);
    expect(await templateCommand(SCAN, { format: 'xlsx' }, ctx)).toBe(0);
    expect(written).toHaveLength(1);
    const bytes = written[0] as Uint8Array;
    // An .xlsx file is a zip archive.
    expect(Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
  });
});
