/**
 * Mermaid's own parser, for specs: Mermaid needs a DOM, so a jsdom window is installed on
 * globalThis before Mermaid is first imported.
 */
export interface MermaidView {
  title: string;
  sections: string[];
  tasks: Array<{ task: string; section: string; score: number; people: string[] }>;
}

interface JourneyDb {
  getSections(): string[];
  getTasks(): Array<{ task: string; section: string; score: number; people: string[] }>;
  getDiagramTitle(): string;
}

interface MermaidApi {
  parse(text: string): Promise<unknown>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: unknown }> };
}

let loaded: Promise<MermaidApi> | null = null;

function mermaid(): Promise<MermaidApi> {
  loaded ??= (async () => {
    const { JSDOM } = await import('jsdom');
    const dom = new JSDOM();
    Object.assign(globalThis, { window: dom.window, document: dom.window.document });
    const module = await import('mermaid');
    return module.default as unknown as MermaidApi;
  })();
  return loaded;
}

/** Throws Mermaid's own error when it rejects `text`. */
export async function mermaidParse(text: string): Promise<void> {
  await (await mermaid()).parse(text);
}

/** What Mermaid itself reads from a journey diagram (throws when it rejects it). */
export async function mermaidView(text: string): Promise<MermaidView> {
  const api = await mermaid();
  // parse() first: it registers the diagram detectors getDiagramFromText relies on.
  await api.parse(text);
  const diagram = await api.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as JourneyDb;
  return { title: db.getDiagramTitle(), sections: [...db.getSections()], tasks: db.getTasks().map((task) => ({ ...task })) };
}
