import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The interop fixtures (real files from public repositories, see fixtures/interop/README.md). */
export const INTEROP_DIR = fileURLToPath(new URL('../fixtures/interop/', import.meta.url));

export interface MermaidManifestTask {
  task: string;
  score: number | 'NaN';
  actors: string[];
}

export interface MermaidManifestEntry {
  file: string;
  expected_to_parse: boolean;
  reason?: string;
  title?: string;
  accTitle?: string;
  accDescr?: string;
  n_sections?: number;
  tasks_per_section?: number[];
  n_tasks?: number;
  sections?: Array<{ name: string; implicit?: boolean; tasks: MermaidManifestTask[] }>;
}

export function mermaidManifest(): MermaidManifestEntry[] {
  return JSON.parse(readFileSync(`${INTEROP_DIR}mermaid/manifest.json`, 'utf8')) as MermaidManifestEntry[];
}

/**
 * A fixture's diagram: the file without its first line, a `%% source:` comment added when it was
 * collected (a frontmatter block must open on the very first line). Error line n here is line n + 1 of the file.
 */
export function mermaidFixture(file: string): string {
  const text = readFileSync(`${INTEROP_DIR}mermaid/${file}`, 'utf8');
  const [first, ...rest] = text.split('\n');
  if (!first.startsWith('%% source:')) throw new Error(`${file} does not start with its source comment`);
  return rest.join('\n');
}

export function ojfFiles(): string[] {
  return readdirSync(`${INTEROP_DIR}ojf`).filter((file) => file.endsWith('.ojf')).sort();
}

export function ojfFixture(file: string): string {
  return readFileSync(`${INTEROP_DIR}ojf/${file}`, 'utf8');
}
