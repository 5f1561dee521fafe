/**
 * `--cert FILE --key FILE` of `datascan workshop`: the certificate and key to serve over HTTPS,
 * read and tried together before the server starts, so a wrong file is one line, not a stack trace
 * at the first visitor.
 */
import fs from 'node:fs';
import tls from 'node:tls';
import { EXIT, UserError } from './errors.js';
import { tool } from './messages.js';

export interface TlsFiles {
  cert: Buffer;
  key: Buffer;
}

function readPem(option: string, file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new UserError(tool('workshop.bad-certificate', { option, file, code }), EXIT.usage);
  }
}

/** The certificate and key to serve with, or undefined for plain HTTP (neither given). */
export function readTlsFiles(cert: string | undefined, key: string | undefined): TlsFiles | undefined {
  if (cert === undefined && key === undefined) return undefined;
  if (cert === undefined || key === undefined)
    throw new UserError(
      tool(
        'workshop.cert-needs-key',
        cert === undefined ? { given: '--key', missing: '--cert' } : { given: '--cert', missing: '--key' },
      ),
      EXIT.usage,
    );
  const files = { cert: readPem('--cert', cert), key: readPem('--key', key) };
  try {
    // Parses both and checks that the key belongs to the certificate.
    tls.createSecureContext(files);
  } catch {
    // Which of the two is wrong, as far as can be told: a certificate that parses alone is not it.
    let certificateParses = true;
    try {
      tls.createSecureContext({ cert: files.cert });
    } catch {
      certificateParses = false;
    }
    throw new UserError(
      tool(
        'workshop.bad-certificate',
        certificateParses ? { option: '--key', file: key } : { option: '--cert', file: cert },
      ),
      EXIT.usage,
    );
  }
  return files;
}
