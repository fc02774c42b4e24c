import { groupBy, LAYERS, type StageDto, type TouchpointDto } from '@cxmap/domain';
import { sortedStages } from '../graph';
import { actorsFromDescription } from '../import/touchpoint-text';
import { emotionToScore } from './score';

export interface MermaidExportSource {
  name: string;
  description?: string;
  stages: readonly StageDto[];
  touchpoints: readonly TouchpointDto[];
}

/**
 * Characters that break Mermaid's journey grammar are swapped for look-alikes, so the diagram
 * still reads the same: `:` (ends a name) → `∶`, `#` (starts a comment) → `＃`, `;` (rejected) → `；`,
 * `,` in an actor (splits actors) → `，`, line breaks → spaces. A task name that starts with a
 * keyword (`title …`, `section …`, `journey`, `accTitle`, `accDescr`) gets an invisible word joiner
 * (U+2060) after its first character, which the importer removes again; a leading `%` (a comment)
 * becomes `％`.
 */
const LOOKALIKES: Record<string, string> = { ':': '\u2236', '#': '\uFF03', ';': '\uFF1B' };
const KEYWORD_START = /^(title\s|section\s|journey\b|acctitle\b|accdescr\b)/i;

/**
 * A journey as Mermaid `journey` text: stages → sections (in order), touchpoints → tasks (each
 * stage's touchpoints lane by lane, top to bottom), emotion → score (emotion + 3; not judged → 3),
 * the `Actors:` line of a description → actors. Names that are blank become "Untitled stage".
 */
export function toMermaidJourney(source: MermaidExportSource): string {
  const lines = ['journey'];
  const title = inline(source.name).trim();
  if (title !== '') lines.push(`    title ${title}`);
  const description = (source.description ?? '').trim();
  if (description !== '') lines.push(...accDescr(description));
  const byStage = groupBy(source.touchpoints, (touchpoint) => touchpoint.stageId);
  for (const stage of sortedStages([...source.stages])) {
    lines.push(`    section ${inline(stage.name).trim() || 'Untitled stage'}`);
    for (const touchpoint of inReadingOrder(byStage.get(stage.id) ?? [])) {
      const actors = actorsFromDescription(touchpoint.description).map((actor) => inline(actor).replace(/,/g, '\uFF0C').trim());
      const name = taskName(touchpoint.title);
      const score = emotionToScore(touchpoint.emotion);
      lines.push(`      ${name}: ${score}${actors.length > 0 ? `: ${actors.join(', ')}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function inReadingOrder(touchpoints: TouchpointDto[]): TouchpointDto[] {
  return [...touchpoints].sort(
    (a, b) =>
      LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer) ||
      a.position.y - b.position.y ||
      a.position.x - b.position.x ||
      a.id.localeCompare(b.id),
  );
}

function inline(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[:#;]/g, (char) => LOOKALIKES[char]);
}

function taskName(title: string): string {
  const name = inline(title).trim() || 'Untitled touchpoint';
  // A leading `%` makes the line a comment.
  if (name.startsWith('%')) return `\uFF05${name.slice(1)}`;
  if (!KEYWORD_START.test(name)) return name;
  const [first, ...rest] = [...name];
  return `${first}\u2060${rest.join('')}`;
}

/** `accDescr { … }` keeps line breaks; a description holding `}` goes on one `accDescr:` line instead. */
function accDescr(description: string): string[] {
  // Mermaid drops lines starting with `%%` before parsing, even inside the block.
  const lines = description.split(/\r\n?|\n/).map((line) => line.trim().replace(/^%/, '\uFF05'));
  if (!description.includes('}')) return ['    accDescr {', ...lines.map((line) => `        ${line}`), '    }'];
  return [`    accDescr: ${lines.filter((line) => line !== '').join(' ')}`];
}
