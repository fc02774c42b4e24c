import { finishImport } from '../import/finish-import';
import type { ImportedJourney, ImportedStage, ImportIssue, ImportResult } from '../import/imported-journey';
import { phaseOfStageName } from '../import/phase';
import { scoreToEmotion } from './score';

/**
 * Mermaid `journey` text → ImportedJourney, by hand, line by line: Mermaid's journey grammar is
 * line based (its lexer: `title …`, `section …`, `accTitle: …`, `accDescr: …` / `accDescr { … }`,
 * `<task>: <score>: <actor>, <actor>`, `%%` and `#` comments). It accepts what Mermaid 11's parser
 * accepts and refuses, naming the line, what Mermaid refuses, plus a few texts Mermaid reads in a
 * surprising way (a bare `title` or `section` swallowing the next line).
 *
 * Mapping: sections → stages (in order, repeated names kept apart as Mermaid draws them; tasks
 * before any section → a stage "Untitled section"), tasks → touchpoints in the customer lane on
 * channel `other`, score → emotion (see `score.ts`), actors → an `Actors:` line of the description.
 * Title → journey name (else the frontmatter `title:`, else `accTitle`), `accDescr` → description.
 * Names are trimmed (Mermaid keeps trailing spaces) and `<br>` in them becomes a space.
 */
export function parseMermaidJourney(text: string): ImportResult {
  return new MermaidJourneyReader(text).read();
}

export const UNTITLED_SECTION = 'Untitled section';
const WORD_JOINER = /\u2060/g;
const LINE_BREAK_TAG = /<\/?br\s*\/?>/gi;
const FENCE = /^---\s*$/;

interface MultilineDescription {
  line: number;
  parts: string[];
}

class MermaidJourneyReader {
  private readonly lines: string[];
  private readonly errors: ImportIssue[] = [];
  private readonly warnings: ImportIssue[] = [];
  private readonly stages: ImportedStage[] = [];
  private current: ImportedStage | null = null;
  private title: string | null = null;
  private frontmatterTitle: string | null = null;
  private accTitle: string | null = null;
  private accDescr: string | null = null;
  private multiline: MultilineDescription | null = null;

  constructor(text: string) {
    this.lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  }

  read(): ImportResult {
    let index = this.readFrontmatter();
    if (index < 0) return { ok: false, errors: this.errors };
    index = this.readHeader(index);
    if (index < 0) return { ok: false, errors: this.errors };
    for (; index < this.lines.length; index += 1) this.readLine(this.lines[index], index + 1);
    if (this.multiline) {
      this.error(this.multiline.line, "'accDescr {' is never closed with '}'.");
    }
    if (this.errors.length > 0) return { ok: false, errors: this.errors };
    return finishImport(this.journey(), this.warnings);
  }

  private journey(): ImportedJourney {
    const title = this.title?.trim() ?? '';
    const name = title || this.frontmatterTitle || this.accTitle || 'Imported Mermaid journey';
    const notes: string[] = [];
    if (this.accTitle && this.accTitle !== name) notes.push(`Accessible title: ${this.accTitle}`);
    if (this.accDescr) notes.push(this.accDescr);
    return { name, description: notes.join('\n\n'), stages: this.stages, links: [], painPoints: [] };
  }

  /** A frontmatter block counts only when `---` is the very first line (as in Mermaid). Returns the next index, or −1. */
  private readFrontmatter(): number {
    if (!FENCE.test(this.lines[0] ?? '')) return 0;
    const close = this.lines.findIndex((line, index) => index > 0 && FENCE.test(line));
    if (close < 0) {
      this.error(1, "The frontmatter block opened with '---' is never closed with '---'.");
      return -1;
    }
    for (const line of this.lines.slice(1, close)) {
      const match = /^title:\s*(.*)$/.exec(line);
      if (match) this.frontmatterTitle = yamlScalar(match[1]) || null;
    }
    return close + 1;
  }

  /** Skips blank lines, comments and `%%{init}%%` directives up to `journey`. Returns the next index, or −1. */
  private readHeader(start: number): number {
    for (let index = start; index < this.lines.length; index += 1) {
      const line = this.lines[index].trim();
      if (line === '' || line.startsWith('%')) continue;
      if (FENCE.test(line)) {
        this.error(index + 1, "A frontmatter block must open with '---' on the very first line; Mermaid does not read it here.");
        return -1;
      }
      const match = /^journey\b(.*)$/i.exec(line);
      if (!match) {
        this.error(index + 1, `This is not a Mermaid journey: it must start with 'journey', not '${clip(line)}'.`);
        return -1;
      }
      const rest = match[1].trim();
      if (rest !== '' && !rest.startsWith('%%') && !rest.startsWith('#')) {
        this.error(index + 1, "Put nothing after 'journey' on its line.");
        return -1;
      }
      return index + 1;
    }
    this.error(Math.max(1, this.lines.length), "This is not a Mermaid journey: there is no 'journey' line.");
    return -1;
  }

  private readLine(raw: string, line: number): void {
    if (this.multiline) {
      const close = raw.indexOf('}');
      this.multiline.parts.push(close < 0 ? raw : raw.slice(0, close));
      if (close < 0) return;
      this.accDescr = joinDescription(this.multiline.parts);
      this.multiline = null;
      this.readStatement(raw.slice(close + 1), line);
      return;
    }
    this.readStatement(raw, line);
  }

  private readStatement(raw: string, line: number): void {
    const text = raw.replace(/^\s+/, '');
    if (text === '' || text.startsWith('%') || text.startsWith('#')) return;

    if (/^journey\b/i.test(text)) {
      this.error(line, "A line cannot start with the word 'journey' here: Mermaid reads it as the diagram keyword.");
      return;
    }
    const accTitle = /^accTitle\s*:\s*(.*)$/i.exec(text);
    if (accTitle) {
      this.accTitle = accTitle[1].trim();
      return;
    }
    const accDescr = /^accDescr\s*:\s*(.*)$/i.exec(text);
    if (accDescr) {
      this.accDescr = accDescr[1].trim();
      return;
    }
    const block = /^accDescr\s*\{(.*)$/i.exec(text);
    if (block) {
      this.multiline = { line, parts: [] };
      this.readLine(block[1], line);
      return;
    }
    if (/^title(\s|$)/i.test(text)) {
      this.readTitle(text, line);
      return;
    }
    if (/^section(\s|$)/i.test(text)) {
      this.readSection(text, line);
      return;
    }
    this.readTask(text, line);
  }

  private readTitle(text: string, line: number): void {
    const { value, stop, comment } = untilStop(text.slice(6), /[#;]/);
    if (stop === ';') return this.error(line, "';' is not allowed in a title (Mermaid rejects it).");
    if (value.trim() === '' && text.length <= 6) return this.error(line, "'title' needs a text after it on the same line.");
    if (value === '') return this.error(line, "'title' needs a text before any '#' (which starts a comment).");
    this.title = value;
    this.warnComment(line, comment);
  }

  private readSection(text: string, line: number): void {
    if (text.length <= 7) return this.error(line, "'section' needs a name after it on the same line.");
    const { value, stop, comment } = untilStop(text.slice(8), /[#:;]/);
    if (stop === ':') return this.error(line, "A section name cannot contain ':' (Mermaid rejects it).");
    if (stop === ';') return this.error(line, "A section name cannot contain ';' (Mermaid rejects it).");
    let name = this.cleanName(value, line);
    if (name === '') {
      this.warn(line, `A section without a name becomes the stage "${UNTITLED_SECTION}".`);
      name = UNTITLED_SECTION;
    }
    this.current = { name, phase: phaseOfStageName(name), description: '', touchpoints: [], line };
    this.stages.push(this.current);
    this.warnComment(line, comment);
  }

  private readTask(text: string, line: number): void {
    const head = untilStop(text, /[#:;]/);
    if (head.stop === ';') return this.error(line, "';' is not allowed in a task name (Mermaid rejects it).");
    if (head.stop !== ':') {
      return this.error(line, `"${clip(head.value.trim())}" is neither a section nor a task: a task is '<name>: <score>: <actors>', e.g. 'Make tea: 5: Me'.`);
    }
    if (head.value.trim() === '') return this.error(line, "A task needs a name before ':'.");
    const data = untilStop(text.slice(head.value.length + 1), /[#;]/);
    if (data.stop === ';') return this.error(line, "';' is not allowed in a task (Mermaid rejects it).");
    if (data.value === '') return this.error(line, "A task needs a score after ':', e.g. 'Make tea: 5: Me'.");

    const title = this.cleanName(head.value, line);
    const pieces = data.value.split(':');
    const rawScore = pieces[0].trim();
    const actors = [...new Set((pieces[1] ?? '').split(',').map((actor) => actor.trim()).filter((actor) => actor !== ''))];
    const notes: string[] = [];
    const emotion = scoreToEmotion(rawScore);
    if (emotion === null) {
      notes.push(`Mermaid score: ${rawScore === '' ? '(none)' : rawScore}`);
      const hint = pieces.length === 1 && rawScore !== '' && Number.isNaN(Number(rawScore)) ? ` (Mermaid reads "${clip(rawScore)}" as the score: write '<name>: <score>: <actors>')` : '';
      this.warn(line, `Score "${clip(rawScore)}" is not a whole number from 1 to 5${hint}: "${clip(title)}" is imported without an emotion.`);
    }
    const ignored = pieces.slice(2).join(':').trim();
    if (ignored !== '') {
      notes.push(`Ignored by Mermaid: ${ignored}`);
      this.warn(line, `Mermaid ignores the text after the third ':' ("${clip(ignored)}"); it is kept in the description.`);
    }
    this.warnComment(line, data.comment);

    if (!this.current) {
      this.warn(line, `Tasks before the first section go into a stage named "${UNTITLED_SECTION}".`);
      this.current = { name: UNTITLED_SECTION, phase: 'custom', description: '', touchpoints: [], line };
      this.stages.push(this.current);
    }
    this.current.touchpoints.push({ title, description: '', notes, actors, emotion, channel: 'other', layer: 'customer', line });
  }

  private cleanName(raw: string, line: number): string {
    const withoutJoiners = raw.replace(WORD_JOINER, '');
    if (LINE_BREAK_TAG.test(withoutJoiners)) {
      LINE_BREAK_TAG.lastIndex = 0;
      this.warn(line, 'Line breaks (<br>) in the name became spaces.');
    }
    return withoutJoiners.replace(LINE_BREAK_TAG, ' ').replace(/\s+/g, ' ').trim();
  }

  /** A `#` outside a description starts a comment in Mermaid: say so when it cut real text. */
  private warnComment(line: number, comment: string | null): void {
    if (comment === null || comment.slice(1).trim() === '') return;
    this.warn(line, `Mermaid treats everything after '#' as a comment: "${clip(comment)}" was not imported.`);
  }

  private error(line: number, message: string): void {
    this.errors.push({ line, message });
  }

  private warn(line: number, message: string): void {
    this.warnings.push({ line, message });
  }
}

/** The text up to the first character matching `stop`, which one stopped it, and the rest when it was `#`. */
function untilStop(text: string, stop: RegExp): { value: string; stop: string | null; comment: string | null } {
  const match = stop.exec(text);
  if (!match) return { value: text, stop: null, comment: null };
  const value = text.slice(0, match.index);
  return { value, stop: match[0], comment: match[0] === '#' ? text.slice(match.index) : null };
}

function joinDescription(parts: string[]): string {
  return parts
    .join('\n')
    .split('\n')
    .map((part) => part.trim())
    .join('\n')
    .trim();
}

/** A YAML scalar as a frontmatter `title:` holds it: quoted, or plain with an optional ` # comment`. */
function yamlScalar(raw: string): string {
  const value = raw.trim();
  const quoted = /^(["'])(.*)\1$/.exec(value);
  if (quoted) return quoted[2].trim();
  return value.replace(/\s+#.*$/, '').trim();
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
