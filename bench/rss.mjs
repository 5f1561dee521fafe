// Preloaded with `node --import` into a measured process: records its peak resident memory.
// On Linux this is VmHWM from /proc/self/status: getrusage's maxRSS (process.resourceUsage) carries
// over across exec, so a child forked from a large bench process would report the bench's size.
import { readFileSync, writeFileSync } from 'node:fs';

function peakRss() {
  try {
    const kib = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (kib) return Number(kib[1]) * 1024;
  } catch {
    // Not Linux: fall back below.
  }
  return process.resourceUsage().maxRSS * 1024;
}

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(peakRss()));
});
