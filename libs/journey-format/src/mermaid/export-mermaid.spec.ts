import { JOURNEY_TEMPLATES, TEMPLATE_KEYS, type StageDto, type TouchpointDto } from '@cxmap/domain';
import { describe, expect, it } from 'vitest';
import { applyOps } from '../apply-ops';
import { emptyGraph } from '../graph';
import type { ImportedJourney } from '../import/imported-journey';
import { importedJourneyToOps } from '../import/to-ops';
import { given } from '../test-builders';
import { mermaidFixture, mermaidManifest } from '../../testing/fixtures';
import { mermaidParse, mermaidView } from '../../testing/mermaid-check';
import { toMermaidJourney } from './export-mermaid';
import { parseMermaidJourney } from './parse-mermaid';

function counter(): () => string {
  let next = 0;
  return () => `id-${(next += 1)}`;
}

/** An imported journey as it lands in the database: through the ops and the one apply path. */
function land(journey: ImportedJourney) {
  const result = applyOps(emptyGraph(), importedJourneyToOps(journey, counter()));
  expect(result.errors).toEqual([]);
  return { name: journey.name, description: journey.description, ...result.graph };
}

/** The Mermaid-representable content of an import: title, sections, tasks with emotion and actors. */
function essence(journey: ImportedJourney) {
  return {
    name: journey.name,
    stages: journey.stages.map((stage) => ({
      name: stage.name,
      tasks: stage.touchpoints.map((t) => ({ title: t.title, emotion: t.emotion, actors: t.actors })),
    })),
  };
}

const accepted = mermaidManifest().filter((entry) => entry.expected_to_parse);

describe('Mermaid itself agrees with the importer on every fixture it accepts', () => {
  for (const entry of accepted) {
    it(entry.file, async () => {
      const text = mermaidFixture(entry.file);
      const view = await mermaidView(text);
      const result = parseMermaidJourney(text);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const tasks = result.journey.stages.flatMap((stage) => stage.touchpoints);
      expect(tasks.map((t) => t.title)).toEqual(view.tasks.map((t) => t.task.replace(/<\/?br\s*\/?>/gi, ' ').replace(/\s+/g, ' ').trim()));
      expect(tasks.map((t) => t.actors)).toEqual(view.tasks.map((t) => [...new Set(t.people.filter((p) => p !== ''))]));
      expect(tasks.map((t) => t.emotion)).toEqual(view.tasks.map((t) => (Number.isInteger(t.score) && t.score >= 1 && t.score <= 5 ? t.score - 3 : null)));
    });
  }

  it('and rejects the two the importer refuses', async () => {
    await expect(mermaidParse(mermaidFixture('004.mmd'))).rejects.toThrow();
    await expect(mermaidParse(mermaidFixture('026.mmd'))).rejects.toThrow(/Parse error/);
  });
});

describe('toMermaidJourney', () => {
  for (const entry of accepted) {
    it(`${entry.file}: export is accepted by Mermaid, reads back the same, and Mermaid sees the same tasks`, async () => {
      const first = parseMermaidJourney(mermaidFixture(entry.file));
      if (!first.ok) throw new Error('fixture refused');
      const exported = toMermaidJourney(land(first.journey));
      const view = await mermaidView(exported);
      const tasks = first.journey.stages.flatMap((stage) => stage.touchpoints);
      expect(view.sections).toEqual(first.journey.stages.map((stage) => stage.name));
      expect(view.tasks.map((t) => t.task)).toEqual(tasks.map((t) => t.title));
      expect(view.tasks.map((t) => t.people)).toEqual(tasks.map((t) => t.actors));
      // Not judged (null) is exported as Mermaid's neutral 3.
      expect(view.tasks.map((t) => t.score)).toEqual(tasks.map((t) => (t.emotion ?? 0) + 3));

      const again = parseMermaidJourney(exported);
      if (!again.ok) throw new Error(JSON.stringify(again.errors));
      const expected = essence(first.journey);
      expected.stages.forEach((stage) => stage.tasks.forEach((task) => (task.emotion ??= 0)));
      expect(essence(again.journey)).toEqual(expected);
    });
  }

  it.each(TEMPLATE_KEYS)('exports the %s template so that Mermaid reads its stages', async (key) => {
    const template = JOURNEY_TEMPLATES[key];
    const stages: StageDto[] = template.stages.map((stage, order) => given.stage(`s${order}`, { name: stage.name, phase: stage.phase, order }));
    const text = toMermaidJourney({ name: template.name, description: template.description, stages, touchpoints: [] });
    const view = await mermaidView(text);
    expect(view.title).toBe(template.name);
    expect(view.sections).toEqual(template.stages.map((stage) => stage.name));
  });

  it('keeps names that break the grammar readable and parseable', async () => {
    const stages = [given.stage('s1', { name: 'Step 1: Context; #1', order: 0 }), given.stage('s2', { name: '  ', order: 1 })];
    const nasty = ['Title screen', 'section two', 'journey planning', 'accTitle', '%% not a comment', 'Pay: card #2; fast', 'two\nlines'];
    const touchpoints: TouchpointDto[] = nasty.map((title, index) =>
      given.touchpoint(`t${index}`, 's1', { title, emotion: (index % 5) - 2, position: { x: 0, y: index }, description: 'Actors: Ann, Bob' }),
    );
    touchpoints.push(given.touchpoint('late', 's1', { title: 'Backstage', layer: 'backstage', position: { x: 0, y: -5 } }));
    const text = toMermaidJourney({ name: 'Q3: checkout #1; draft', description: 'Line one\n%% two } three', stages, touchpoints });
    const view = await mermaidView(text);
    expect(view.title).toBe('Q3∶ checkout ＃1； draft');
    expect(view.sections).toEqual(['Step 1∶ Context； ＃1', 'Untitled stage']);
    expect(view.tasks.map((t) => t.task.replace(/\u2060/g, ''))).toEqual([
      'Title screen',
      'section two',
      'journey planning',
      'accTitle',
      '％% not a comment',
      'Pay∶ card ＃2； fast',
      'two lines',
      'Backstage',
    ]);
    expect(view.tasks.map((t) => t.score)).toEqual([1, 2, 3, 4, 5, 1, 2, 3]);
    expect(view.tasks[0].people).toEqual(['Ann', 'Bob']);
    const back = parseMermaidJourney(text);
    expect(back.ok && back.journey.stages[0].touchpoints.map((t) => t.title).slice(0, 4)).toEqual(nasty.slice(0, 4));
  });
});
