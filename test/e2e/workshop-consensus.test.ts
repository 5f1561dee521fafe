// The consensus round of `datascan workshop` on the projector, end to end: the built CLI on a free
// port, three participants saving differing answers, the round driven by form posts as a browser
// without script sends them, the file it writes checked, scored and compared by the CLI itself.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import {
  joinWorkshop,
  killWorkshops,
  saveAnswers,
  startWorkshop,
  stopWorkshop,
  type Started,
} from '../helpers/workshop.js';

const QUESTIONNAIRE = fixture('form', 'werkplaats.yaml');
const NAMES = ['Annelies Vredeveld', 'Bartholomeus Kwak', 'Cornelia Zwaan'];

afterEach(killWorkshops);

const answers = (values: Record<string, unknown>) => ({
  questionnaire: 'werkplaats',
  version: '2.0.0',
  respondent: { name: '', role: 'wethouder' },
  answers: values,
  session: { status: 'complete', language: 'en' },
});

const roundOf = (s: Started) => `${s.facilitator}/consensus`;

/** Posts a question's form as the browser does: urlencoded, from the page's own origin unless told otherwise. */
function choose(s: Started, id: string, fields: Record<string, string>, origin: string | null = s.origin) {
  return fetch(`${roundOf(s)}/q/${id}?all=1`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      ...(origin !== null ? { Origin: origin } : {}),
    },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

/** The question ids the overview links to, in its order. */
function agendaOf(html: string): string[] {
  return [...html.matchAll(/<li><a href="[^"]*\/consensus\/q\/([a-z0-9-]+)/g)].map((x) => x[1] as string);
}

describe('datascan workshop: the consensus round', () => {
  it('runs the round by form posts, saves every choice, continues after a restart and writes a consensus file that validates, scores and compares', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-round-'));
    const folder = path.join(dir, 'room');
    const s = await startWorkshop(QUESTIONNAIRE, folder);
    const pages = [];
    for (const name of NAMES) pages.push(await joinWorkshop(s, name));
    const [a, b, c] = pages as [string, string, string];
    expect(
      (await saveAnswers(a, answers({ 'kennis-1': 1, 'rollen-1': 1, 'opslag-1': 1, 'beveiliging-1': 2 }))).status,
    ).toBe(204);
    expect(
      (
        await saveAnswers(
          b,
          answers({ 'kennis-1': { value: 2, note: 'Only the <b>team</b> knows' }, 'rollen-1': 3, 'opslag-1': 3 }),
        )
      ).status,
    ).toBe(204);
    expect(
      (
        await saveAnswers(
          c,
          answers({ 'kennis-1': 3, 'rollen-1': 3, 'opslag-1': 'not-applicable', 'beveiliging-1': 2 }),
        )
      ).status,
    ).toBe(204);

    // A participant's token does not open the round, nor does a made-up one.
    const aToken = new URL(a).pathname.split('/').pop() as string;
    expect((await fetch(`${s.join}/f/${aToken}/consensus`)).status).toBe(403);
    expect((await fetch(`${s.join}/f/${aToken}/consensus/q/kennis-1`)).status).toBe(403);
    expect((await fetch(`${s.join}/f/${'0'.repeat(32)}/consensus`)).status).toBe(403);

    // The overview: all questions on the agenda, no script, none of the names or roles.
    const overview = await fetch(`${roundOf(s)}?all=1`);
    expect(overview.status).toBe(200);
    const csp = overview.headers.get('content-security-policy') ?? '';
    expect(csp).not.toContain('script-src');
    expect(csp).toContain("form-action 'self'");
    const overviewHtml = await overview.text();
    expect(overviewHtml).toContain('3 participants · 0 of 4 questions agreed');
    const agenda = agendaOf(overviewHtml);
    expect([...agenda].sort()).toEqual(['beveiliging-1', 'kennis-1', 'opslag-1', 'rollen-1']);
    // The disagreements first: kennis-1 (1, 2, 3) and rollen-1 (1, 3, 3) before beveiliging-1, which all answered 2.
    expect(agenda.indexOf('beveiliging-1')).toBeGreaterThan(agenda.indexOf('kennis-1'));
    const [first, second, third, fourth] = agenda as [string, string, string, string];

    // A question: its bars with counts, mean and median, the note (escaped), by nobody.
    const kennis = await (await fetch(`${roundOf(s)}/q/kennis-1?all=1`)).text();
    expect(kennis).toContain('Do staff know what data can do?');
    expect(kennis).toContain('Answers of 3 participants');
    expect(kennis).toMatch(/<span class="label">Hardly<\/span>.*<span class="count">1<\/span>/);
    expect(kennis).toContain('mean 2.00 · median 2.00');
    expect(kennis).toContain('Only the &lt;b&gt;team&lt;/b&gt; knows');
    expect(kennis).toMatch(/<legend>Agreed answer<\/legend>/);
    const questionPages = await Promise.all(
      agenda.map(async (id) => (await fetch(`${roundOf(s)}/q/${id}?all=1`)).text()),
    );
    for (const html of [overviewHtml, ...questionPages])
      for (const secret of [...NAMES, 'wethouder', 'Vredeveld']) expect(html).not.toContain(secret);

    // A post from another site is refused; one without a choice is told so and saves nothing.
    expect((await choose(s, first, { action: 'save', answer: '2' }, 'http://evil.example')).status).toBe(403);
    const empty = await choose(s, first, { action: 'save', rationale: 'x' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Choose an answer first, or skip the question.');
    const consensusFile = path.join(folder, '.consensus', 'consensus.yaml');
    expect(fs.existsSync(consensusFile)).toBe(false);

    // Two answers with rationales, each saved at once; each post leads on to the next question.
    const valueFor = (id: string) => (id === 'rollen-1' ? '3' : '2');
    const saved1 = await choose(s, first, { action: 'save', answer: valueFor(first), rationale: 'Agreed after talk' });
    expect(saved1.status).toBe(303);
    expect(saved1.headers.get('location')).toContain(`/consensus/q/${second}?all=1`);
    expect(fs.readFileSync(consensusFile, 'utf8')).toContain('Agreed after talk');
    const saved2 = await choose(s, second, { action: 'save', answer: valueFor(second), rationale: 'Second reason' });
    expect(saved2.status).toBe(303);

    // Restart: the round goes on at the third question, with both agreements.
    expect(await stopWorkshop(s)).toBe(130);
    const again = await startWorkshop(QUESTIONNAIRE, folder);
    const resumed = await (await fetch(`${roundOf(again)}?all=1`)).text();
    expect(resumed).toContain('3 participants · 2 of 4 questions agreed');
    expect(resumed).toMatch(new RegExp(`href="[^"]*/consensus/q/${third}\\?all=1">Go on</a>`));
    const secondPage = await (await fetch(`${roundOf(again)}/q/${second}?all=1`)).text();
    expect(secondPage).toContain('Second reason</textarea>');
    expect(secondPage).toMatch(new RegExp(`value="${valueFor(second)}" checked`));

    // The third agreed, the fourth skipped (keeps the combined value), then finish.
    expect((await choose(again, third, { action: 'save', answer: valueFor(third), rationale: 'Third' })).status).toBe(
      303,
    );
    const skipped = await choose(again, fourth, { action: 'skip', answer: '1', rationale: 'not kept' });
    expect(skipped.status).toBe(303);
    // Past the last question: back to the overview.
    expect(new URL(skipped.headers.get('location') as string, again.origin).pathname).toMatch(/\/consensus$/);
    const finish = await fetch(`${roundOf(again)}/finish?all=1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: again.origin },
      body: '',
      redirect: 'manual',
    });
    expect(finish.status).toBe(303);
    expect(await (await fetch(`${roundOf(again)}?all=1`)).text()).toContain('The round is finished.');
    expect(await stopWorkshop(again)).toBe(130);

    // The consensus file: by the room, over three anonymous participants, the rationales as notes,
    // the skipped question holding the combined value; no name or role.
    const text = fs.readFileSync(consensusFile, 'utf8');
    expect(text).toContain('basis: consensus');
    expect(text).toContain('participants: 3');
    expect(text).toMatch(/sources:\s*\n\s*- Respondent 1\n\s*- Respondent 2\n\s*- Respondent 3/);
    expect(text).toContain('status: complete');
    expect(text).not.toContain('not kept');
    for (const secret of [...NAMES, 'wethouder']) expect(text).not.toContain(secret);
    // Personal data as the participants' files are: readable by its owner only.
    expect(fs.statSync(consensusFile).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(consensusFile)).mode & 0o777).toBe(0o700);
    const checked = runCli(['validate', QUESTIONNAIRE, consensusFile]);
    expect(checked.stdout + checked.stderr).toContain('0 errors');
    expect(checked.code).toBe(0);

    const scored = runCli(['score', consensusFile, '--format', 'json', '--dir', path.dirname(QUESTIONNAIRE)]);
    expect(scored.code).toBe(0);
    const profile = JSON.parse(scored.stdout) as {
      consensus: { participants: number; agreed: number; combined: number };
    };
    expect(profile.consensus).toEqual({ participants: 3, agreed: 3, combined: 1 });

    // The folder still scores as the room: the consensus file is no fourth participant.
    const room = runCli(['score', folder, '--aggregate', '--format', 'json', '--dir', path.dirname(QUESTIONNAIRE)]);
    expect(room.code).toBe(0);
    expect(room.stderr).not.toContain('consensus-in-group');
    expect(JSON.parse(room.stdout).respondents).toBe(3);

    const compared = runCli(['compare', folder, consensusFile, '--dir', path.dirname(QUESTIONNAIRE)]);
    expect(compared.code).toBe(0);
    expect(compared.stdout).toContain('Gemiddelde van 3 deelnemers');
    expect(compared.stdout).toContain('Consensus (3 deelnemers)');
  }, 90_000);

  it('never writes over a file that is no consensus file, and goes on once it is moved away', async () => {
    const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-round-')), 'room');
    const consensusFile = path.join(folder, '.consensus', 'consensus.yaml');
    fs.mkdirSync(path.dirname(consensusFile), { recursive: true });
    fs.writeFileSync(consensusFile, 'my own notes: keep\n');
    const s = await startWorkshop(QUESTIONNAIRE, folder);
    for (const [name, value] of [
      ['Ann', 1],
      ['Bob', 3],
    ] as const)
      expect((await saveAnswers(await joinWorkshop(s, name), answers({ 'kennis-1': value }))).status).toBe(204);
    const refused = await choose(s, 'kennis-1', { action: 'save', answer: '2' });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('is not a valid consensus file');
    expect(fs.readFileSync(consensusFile, 'utf8')).toBe('my own notes: keep\n');
    fs.rmSync(consensusFile);
    expect((await choose(s, 'kennis-1', { action: 'save', answer: '2' })).status).toBe(303);
    expect(fs.readFileSync(consensusFile, 'utf8')).toContain('basis: consensus');
    expect(await stopWorkshop(s)).toBe(130);
  }, 60_000);

  it('agrees the ambition per dimension by a form post: the file holds the targets and scores with them as the ambition', async () => {
    const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'datascan-round-')), 'room');
    const consensusFile = path.join(folder, '.consensus', 'consensus.yaml');
    const s = await startWorkshop(QUESTIONNAIRE, folder);
    const [a, b] = [await joinWorkshop(s, 'Ann'), await joinWorkshop(s, 'Bob')];
    expect(
      (await saveAnswers(a, { ...answers({ 'kennis-1': 1, 'beveiliging-1': 2 }), targets: { mensen: 2 } })).status,
    ).toBe(204);
    expect((await saveAnswers(b, answers({ 'kennis-1': 3, 'beveiliging-1': 2 }))).status).toBe(204);
    const post = (fields: Record<string, string>, address = `${roundOf(s)}/targets`) =>
      fetch(address, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: s.origin },
        body: new URLSearchParams(fields).toString(),
        redirect: 'manual',
      });

    const overview = await (await fetch(roundOf(s))).text();
    expect(overview).toContain('<li>People: Middle</li>');
    expect(overview).toMatch(/<a href="[^"]*\/consensus\/targets">Agree the ambition per dimension<\/a>/);
    const page = await (await fetch(`${roundOf(s)}/targets`)).text();
    expect(page).toContain('<legend>Which level does the organisation want to reach for People?</legend>');
    expect(page).toContain('In the answer files: Middle');

    // A participant's token, another site and a bad rank write nothing.
    const aToken = new URL(a).pathname.split('/').pop() as string;
    expect((await post({ 'target-mensen': '3' }, `${s.join}/f/${aToken}/consensus/targets`)).status).toBe(403);
    expect((await fetch(`${s.join}/f/${aToken}/consensus/targets`)).status).toBe(403);
    const foreign = await fetch(`${roundOf(s)}/targets`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://evil.example' },
      body: 'target-mensen=3',
    });
    expect(foreign.status).toBe(403);
    const bad = await post({ 'target-mensen': '3', 'target-techniek': '7' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Choose a level or no ambition for each dimension.');
    expect(fs.existsSync(consensusFile)).toBe(false);
    expect((await post({ 'target-mensen': 'x'.repeat(20_000) })).status).toBe(413);
    expect(fs.existsSync(consensusFile)).toBe(false);

    // Two dimensions: techniek below where the room stands (Middle), which the pages say in words.
    const saved = await post({ 'target-mensen': '3', 'target-techniek': '1' });
    expect(saved.status).toBe(303);
    expect(new URL(saved.headers.get('location') as string, s.origin).pathname).toMatch(/\/consensus$/);
    const text = fs.readFileSync(consensusFile, 'utf8');
    expect(text).toMatch(/targets:\s*\n\s*mensen: 3\n\s*techniek: 1/);
    expect(text).toContain('basis: consensus');
    expect(fs.statSync(consensusFile).mode & 0o777).toBe(0o600);
    const after = await (await fetch(roundOf(s))).text();
    expect(after).toContain('<li>People: End</li>');
    expect(after).toContain(
      'Technology: Start <span class="status">(Note: Start is lower than where the participants stand now (Middle).',
    );

    // An agreement on a question afterwards keeps the targets.
    expect((await choose(s, 'kennis-1', { action: 'save', answer: '2' })).status).toBe(303);
    expect(fs.readFileSync(consensusFile, 'utf8')).toMatch(/targets:\s*\n\s*mensen: 3\n\s*techniek: 1/);
    expect(await stopWorkshop(s)).toBe(130);

    const scored = runCli(['score', consensusFile, '--format', 'json', '--dir', path.dirname(QUESTIONNAIRE)]);
    expect(scored.code).toBe(0);
    const profile = JSON.parse(scored.stdout) as { dimensions: { id: string; target: number; targetSource: string }[] };
    expect(profile.dimensions.map((d) => [d.id, d.target, d.targetSource])).toEqual([
      ['mensen', 3, 'file'],
      ['techniek', 1, 'file'],
    ]);
    const table = runCli(['score', consensusFile, '--dir', path.dirname(QUESTIONNAIRE)]);
    expect(table.code).toBe(0);
    // The table in the questionnaire's language: the ambition column holds the agreed targets.
    expect(table.stdout).toMatch(/niveau\s+ambitie/);
    expect(table.stdout).toMatch(/Mensen\s+2,00\s+2 Midden\s+3\s+1 /);
    expect(table.stdout).toMatch(/Techniek\s+2,00\s+2 Midden\s+1\s+0 /);
  }, 60_000);
});
