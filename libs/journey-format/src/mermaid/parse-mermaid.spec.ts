import { describe, expect, it } from 'vitest';
import { mermaidFixture, mermaidManifest, type MermaidManifestEntry } from '../../testing/fixtures';
import { parseMermaidJourney, UNTITLED_SECTION } from './parse-mermaid';

/** Where Mermaid refuses the two rejected fixtures (file line numbers). */
const REFUSED_AT: Record<string, { line: number; message: RegExp }> = {
  '004.mmd': { line: 3, message: /frontmatter block must open with '---' on the very first line/ },
  '026.mmd': { line: 4, message: /section name cannot contain ':'/ },
};

function expectedEmotion(score: number | 'NaN'): number | null {
  return typeof score === 'number' && Number.isInteger(score) && score >= 1 && score <= 5 ? score - 3 : null;
}

function expectedName(entry: MermaidManifestEntry): string {
  return entry.title?.trim() || entry.accTitle || 'Imported Mermaid journey';
}

function cleanName(name: string): string {
  return name.replace(/<\/?br\s*\/?>/gi, ' ').replace(/\s+/g, ' ').trim();
}

describe('parseMermaidJourney over every fixture (expectations from manifest.json)', () => {
  const manifest = mermaidManifest();

  it('covers all 33 fixtures', () => {
    expect(manifest).toHaveLength(33);
  });

  for (const entry of manifest) {
    it(`${entry.file}: ${entry.expected_to_parse ? 'imported faithfully' : 'refused, naming the line'}`, () => {
      const result = parseMermaidJourney(mermaidFixture(entry.file));
      if (!entry.expected_to_parse) {
        const refusal = REFUSED_AT[entry.file];
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.errors[0].line).toBe(refusal.line - 1);
        expect(result.errors[0].message).toMatch(refusal.message);
        return;
      }
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const { journey, warnings } = result;
      expect(journey.name).toBe(expectedName(entry));
      if (entry.accDescr) expect(journey.description).toContain(entry.accDescr);
      expect(journey.stages).toHaveLength(entry.n_sections ?? -1);
      expect(journey.stages.map((stage) => stage.touchpoints.length)).toEqual(entry.tasks_per_section);
      entry.sections?.forEach((section, s) => {
        const stage = journey.stages[s];
        expect(stage.name).toBe(section.implicit ? UNTITLED_SECTION : cleanName(section.name));
        section.tasks.forEach((task, t) => {
          const touchpoint = stage.touchpoints[t];
          expect(touchpoint.title).toBe(cleanName(task.task));
          expect(touchpoint.actors).toEqual(task.actors.filter((actor) => actor !== ''));
          expect(touchpoint.emotion).toBe(expectedEmotion(task.score));
          expect(touchpoint.layer).toBe('customer');
          if (touchpoint.emotion === null) {
            // Never silently: the raw score is kept and a warning names the task's line.
            expect(touchpoint.notes.some((note) => note.startsWith('Mermaid score: '))).toBe(true);
            expect(warnings.some((w) => w.line === touchpoint.line && /not a whole number from 1 to 5/.test(w.message))).toBe(true);
          }
        });
      });
      for (const warning of warnings) expect(warning.line).toBeGreaterThan(0);
    });
  }
});

describe('parseMermaidJourney details', () => {
  it('reads the documented example', () => {
    const result = parseMermaidJourney('journey\n  title Day\n  section Work\n    Make tea: 5: Me, Cat\n    Meet: 1\n');
    expect(result).toEqual({
      ok: true,
      warnings: [],
      journey: {
        name: 'Day',
        description: '',
        links: [],
        painPoints: [],
        stages: [
          {
            name: 'Work',
            phase: 'custom',
            description: '',
            line: 3,
            touchpoints: [
              { title: 'Make tea', description: '', notes: [], actors: ['Me', 'Cat'], emotion: 2, channel: 'other', layer: 'customer', line: 4 },
              { title: 'Meet', description: '', notes: [], actors: [], emotion: -2, channel: 'other', layer: 'customer', line: 5 },
            ],
          },
        ],
      },
    });
  });

  it.each([
    ['', 1, /no 'journey' line/],
    ['graph TD\n A-->B', 1, /must start with 'journey', not 'graph TD'/],
    ['journey\nsection A\n  Task without score\n', 3, /neither a section nor a task/],
    ['journey\nsection A\n  Task:\n', 3, /needs a score after ':'/],
    ['journey\nsection A\n  Task: 3; Me\n', 3, /';' is not allowed/],
    ['journey\nsection A\n  : 3: Me\n', 3, /needs a name before ':'/],
    ['journey\ntitle\nsection A', 2, /'title' needs a text/],
    ['journey\nsection\n  A: 3', 2, /'section' needs a name/],
    ['journey\naccDescr {\n never closed\n', 2, /never closed/],
    ['---\ntitle: x\njourney\n', 1, /never closed with '---'/],
    ['journey\nsection A\n  Journey planning: 3: Me', 3, /word 'journey'/],
  ])('refuses %j at line %i', (text, line, message) => {
    const result = parseMermaidJourney(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toEqual({ line, message: expect.stringMatching(message) });
  });

  it('reports every bad line, not only the first', () => {
    const result = parseMermaidJourney('journey\nsection A: b\n  x\n  y: 3\n  z');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.line)).toEqual([2, 3, 5]);
  });

  it('keeps what Mermaid drops after a third colon or a #, and says so', () => {
    const result = parseMermaidJourney('journey\nsection A\n  T: 4: Ann: Bob # and Carl\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const touchpoint = result.journey.stages[0].touchpoints[0];
    expect(touchpoint.actors).toEqual(['Ann']);
    expect(touchpoint.notes).toEqual(['Ignored by Mermaid: Bob']);
    expect(result.warnings.map((w) => w.line)).toEqual([3, 3]);
    expect(result.warnings[1].message).toContain('# and Carl');
  });

  it('names stages after lifecycle phases when they match', () => {
    const result = parseMermaidJourney('journey\nsection Discovery\nsection 4. Purchase\nsection Checkout');
    expect(result.ok && result.journey.stages.map((stage) => stage.phase)).toEqual(['discovery', 'purchase', 'custom']);
  });

  it('refuses more stages than a journey holds', () => {
    const text = `journey\n${Array.from({ length: 51 }, (_, i) => `section S${i}`).join('\n')}`;
    const result = parseMermaidJourney(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message).toMatch(/51 stages; a journey holds at most 50/);
  });

  it('cuts an over-long task name with a warning and keeps it whole in the notes', () => {
    const long = 'x'.repeat(250);
    const result = parseMermaidJourney(`journey\nsection A\n  ${long}: 3`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const touchpoint = result.journey.stages[0].touchpoints[0];
    expect([...touchpoint.title]).toHaveLength(200);
    expect(touchpoint.notes[0]).toBe(`Full title: ${long}`);
    expect(result.warnings[0]).toEqual({ line: 3, message: expect.stringMatching(/cut short/) });
  });
});
