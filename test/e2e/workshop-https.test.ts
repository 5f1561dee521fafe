// `datascan workshop --cert --key`: HTTPS with a self-signed certificate made for the test by openssl
// (node:crypto makes keys, not X.509 certificates); skipped where openssl is missing (.ci/run installs it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { joinAs, killWorkshops, request, saveAnswers, startWorkshop } from '../helpers/workshop-server.js';

const QUESTIONNAIRE = fixture('form', 'werkplaats.yaml');
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

afterEach(killWorkshops);

/** A self-signed certificate for 127.0.0.1 and its key, in `dir`. */
function selfSigned(dir: string): { cert: string; key: string } {
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  const result = spawnSync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
    '-keyout',
    key,
    '-out',
    cert,
  ]);
  if (result.status !== 0) throw new Error(`openssl: ${result.stderr.toString()}`);
  return { cert, key };
}

describe('datascan workshop --cert --key', () => {
  it.skipIf(!hasOpenssl)(
    'serves over HTTPS with the certificate given, and nothing over plain HTTP',
    async () => {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-workshop-https-'));
      const { cert, key } = selfSigned(tmp);
      const w = await startWorkshop(QUESTIONNAIRE, path.join(tmp, 'room'), ['--cert', cert, '--key', key]);
      expect(w.join).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/w\/[0-9a-f]{32,}$/);
      expect(w.facilitator).toMatch(/^https:\/\//);
      const ca = fs.readFileSync(cert, 'utf8');
      const ann = await joinAs(w, 'Ann', { ca });
      const saved = await saveAnswers(
        ann,
        { questionnaire: 'werkplaats', version: '2.0.0', respondent: { name: 'Ann' }, date: '2026-03-01', answers: {} },
        { ca },
      );
      expect(saved.status).toBe(204);
      // A client that does not trust the certificate is refused by TLS; plain HTTP gets no page.
      await expect(request(w.join)).rejects.toThrow(/self[- ]signed/i);
      await expect(request(w.join.replace('https:', 'http:'))).rejects.toThrow();

      // Served to a network: the warning about plain HTTP only when it is plain HTTP.
      const lan = await startWorkshop(QUESTIONNAIRE, path.join(tmp, 'lan'), ['--host', '127.0.0.2']);
      expect(lan.stderr()).toContain('plain HTTP');
      const lanTls = await startWorkshop(QUESTIONNAIRE, path.join(tmp, 'lan-tls'), [
        '--host',
        '127.0.0.2',
        '--cert',
        cert,
        '--key',
        key,
      ]);
      expect(lanTls.join).toMatch(/^https:\/\/127\.0\.0\.2:/);
      expect(lanTls.stderr()).toBe('');
    },
    60_000,
  );

  it.skipIf(!hasOpenssl)(
    'refuses a missing, unreadable or mismatched certificate or key in one line, exit 2',
    () => {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-workshop-https-'));
      const { cert, key } = selfSigned(tmp);
      const other = selfSigned(fs.mkdtempSync(path.join(tmp, 'other-')));
      const notPem = path.join(tmp, 'not.pem');
      fs.writeFileSync(notPem, 'hello\n');
      const cases: [string[], RegExp][] = [
        [['--cert', cert], /^datascan: --cert needs --key as well/],
        [['--key', key], /^datascan: --key needs --cert as well/],
        [
          ['--cert', path.join(tmp, 'missing.pem'), '--key', key],
          /^datascan: --cert .*missing\.pem: cannot read it \(ENOENT\)$/,
        ],
        [['--cert', cert, '--key', tmp], /^datascan: --key .*: cannot read it \(EISDIR\)$/],
        [['--cert', notPem, '--key', key], /^datascan: --cert .*not\.pem: not a PEM certificate/],
        [['--cert', cert, '--key', notPem], /^datascan: --key .*not\.pem: not a PEM certificate or private key/],
        [
          ['--cert', cert, '--key', other.key],
          /^datascan: --key .*: not a PEM certificate or private key, or the key does not belong/,
        ],
      ];
      for (const [options, message] of cases) {
        const dir = path.join(tmp, 'room');
        const result = runCli(['workshop', QUESTIONNAIRE, '--dir', dir, '--port', '0', '--lang', 'en', ...options]);
        expect({ options, code: result.code, stdout: result.stdout }).toEqual({ options, code: 2, stdout: '' });
        const lines = result.stderr.trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(message);
        // Refused before anything was made.
        expect(fs.existsSync(dir)).toBe(false);
      }
    },
    60_000,
  );
});
