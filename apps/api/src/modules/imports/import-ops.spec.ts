import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyOps, documentToImportPlan, emptyGraph, importedJourneyToOps, parseJourneyDocument, parseJourneyFile, toMermaidJourney } from '@cxmap/journey-format';
import fc from 'fast-check';
import { journeyDocumentArbitrary } from '@cxmap/journey-format/testing';
import { DEMO_JOURNEY } from '../../database/seeds/demo-journey';
import { demoOps } from '../../database/seeds/demo-ops';
import { parseChangeBatch } from '../canvas/parse-change-batch';

const ROOT = join(__dirname, '../../../../..');
const FIXTURES = join(ROOT, 'libs/journey-format/fixtures/interop');

function counter(): () => string {
  let next = 0;
  return () => `00000000-0000-4000-8000-${String((next += 1)).padStart(12, '0')}`;
}

const files = [
  ...readdirSync(join(FIXTURES, 'mermaid'))
    .filter((file) => file.endsWith('.mmd'))
    .map((file) => ({ format: 'mermaid' as const, file, content: readFileSync(join(FIXTURES, 'mermaid', file), 'utf8').split('\n').slice(1).join('\n') })),
  ...readdirSync(join(FIXTURES, 'ojf'))
    .filter((file) => file.endsWith('.ojf'))
    .map((file) => ({ format: 'ojf' as const, file, content: readFileSync(join(FIXTURES, 'ojf', file), 'utf8') })),
];

describe('imported journeys pass the /changes validation of the canvas', () => {
  it.each(files)('$file', ({ format, file, content }) => {
    const result = parseJourneyFile(format, content);
    if (!result.ok) {
      // The two diagrams Mermaid itself rejects (their lines are checked in the journey-format specs).
      expect(['004.mmd', '026.mmd']).toContain(file);
      return;
    }
    const ops = importedJourneyToOps(result.journey, counter());
    // The same DTO validation a canvas batch goes through: field lengths, enums, emotion range, UUIDs.
    expect(parseChangeBatch({ ops })).toHaveLength(ops.length);
    expect(applyOps(emptyGraph(), ops).errors).toEqual([]);
  });
});

describe('imported CXMap documents pass the /changes validation of the canvas', () => {
  it('for generated documents', () => {
    fc.assert(
      fc.property(journeyDocumentArbitrary, (doc) => {
        const parsed = parseJourneyDocument(JSON.stringify(doc));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
        const { ops } = documentToImportPlan(parsed.document, counter());
        expect(parseChangeBatch({ ops })).toHaveLength(ops.length);
      }),
      { numRuns: 60 },
    );
  });
});

/**
 * Mermaid is ESM and needs a DOM, which this Jest setup cannot load: a child Node process reads
 * the exported text with Mermaid's own parser (and jsdom) and prints what Mermaid sees.
 */
const MERMAID_VIEW = `
import { JSDOM } from 'jsdom';
const dom = new JSDOM();
Object.assign(globalThis, { window: dom.window, document: dom.window.document });
const mermaid = (await import('mermaid')).default;
let text = '';
for await (const chunk of process.stdin) text += chunk;
await mermaid.parse(text);
const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
process.stdout.write(JSON.stringify({ title: db.getDiagramTitle(), sections: db.getSections(), tasks: db.getTasks().map((t) => [t.section, t.task, t.score]) }));
`;

describe('the demo journey exported as Mermaid', () => {
  it('is read by Mermaid with its stages and every touchpoint', () => {
    const { graph } = applyOps(emptyGraph(), demoOps(DEMO_JOURNEY, counter()));
    const text = toMermaidJourney({ name: DEMO_JOURNEY.name, description: DEMO_JOURNEY.description, ...graph });
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', MERMAID_VIEW], { input: text, cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    const view = JSON.parse(output) as { title: string; sections: string[]; tasks: Array<[string, string, number]> };
    expect(view.title).toBe(DEMO_JOURNEY.name);
    expect(view.sections).toEqual(DEMO_JOURNEY.stages.map((stage) => stage.name));
    expect(view.tasks).toHaveLength(DEMO_JOURNEY.touchpoints.length);
    // The exporter's documented look-alikes for characters that break the grammar.
    const asMermaid = (title: string) => title.replace(/:/g, '\u2236').replace(/#/g, '\uFF03').replace(/;/g, '\uFF1B');
    expect(new Set(view.tasks.map(([, task]) => task))).toEqual(new Set(DEMO_JOURNEY.touchpoints.map((t) => asMermaid(t.title))));
    for (const [, task, score] of view.tasks) {
      const emotion = DEMO_JOURNEY.touchpoints.find((t) => asMermaid(t.title) === task)?.emotion ?? null;
      expect([task, score]).toEqual([task, (emotion ?? 0) + 3]);
    }
  }, 60_000);
});
