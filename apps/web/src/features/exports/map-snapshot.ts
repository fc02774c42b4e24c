/**
 * A picture of part of the page as an SVG document (`<foreignObject>`), styled by the page's own
 * stylesheets rather than by the computed style of every element.
 *
 * Why not copy computed styles (html-to-image): on the demo map (~1,200 elements) that reads and
 * writes ~360 properties per element and yields a 31 MB SVG that takes seconds more to decode. Here
 * the subtree is cloned as it is (classes, inline positions, SVG paths), wrapped in stand-ins for its
 * ancestors (same element names, classes and data attributes, so the page's selectors match), and
 * the page's CSS rules go along in one `<style>`; the custom properties the page defines on `:root`
 * (which inside the picture is the `<svg>`, not the stand-in for `html`) are resolved once and set on
 * the outermost stand-in.
 */

export interface SnapshotFrame {
  width: number;
  height: number;
  /** CSS transform of the cloned element inside the frame (the map's viewport transform). */
  transform: string;
}

export interface SnapshotOptions {
  backgroundColor: string;
  /** Elements (and their subtrees) to leave out of the picture. */
  keep: (element: Element) => boolean;
}

const XHTML = 'http://www.w3.org/1999/xhtml';
const SVG = 'http://www.w3.org/2000/svg';

/**
 * The page's CSS as its authors wrote it, sheet by sheet in order: a `<style>`'s text, a linked
 * sheet's file (from the browser's cache). Not the rules' `cssText`: Chrome serializes a shorthand
 * that uses `var()` followed by one of its longhands (`border: 1px solid var(--x); border-left: …`)
 * with the other longhands empty, which would drop the cards' borders.
 */
export async function pageCss(doc: Document): Promise<string> {
  const owners = Array.from(doc.querySelectorAll<HTMLStyleElement | HTMLLinkElement>('style, link[rel~="stylesheet"]'));
  const texts = owners.map(async (owner): Promise<string> => {
    if (owner instanceof HTMLStyleElement && owner.textContent) return owner.textContent;
    if (owner instanceof HTMLLinkElement && owner.href) {
      const response = await fetch(owner.href).catch(() => null);
      if (response?.ok) return response.text();
    }
    return rulesText(owner.sheet);
  });
  return (await Promise.all(texts)).join('\n');
}

/** A sheet's rules as the browser serializes them (rules added by script, or a file that could not be read again). */
function rulesText(sheet: CSSStyleSheet | null): string {
  if (!sheet) return '';
  try {
    return Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n');
  } catch {
    return ''; // a cross-origin sheet: its rules cannot be read
  }
}

/** Names of the custom properties the page's rules define (`--mantine-…`, `--xy-…`). */
export function customPropertyNames(doc: Document): string[] {
  const names = new Set<string>();
  const visit = (rules: CSSRuleList): void => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule) {
        for (const name of Array.from(rule.style)) if (name.startsWith('--')) names.add(name);
      }
      if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) visit(rule.cssRules);
    }
  };
  for (const sheet of Array.from(doc.styleSheets)) {
    try {
      visit(sheet.cssRules);
    } catch {
      // a cross-origin sheet: its rules cannot be read
    }
  }
  return [...names];
}

/** `source` cloned deep, without the elements `keep` rejects. */
export function cloneKept(source: Element, keep: (element: Element) => boolean): Element {
  const clone = source.cloneNode(true) as Element;
  const originals = [source, ...Array.from(source.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  // Both lists are in document order, element for element.
  for (let i = copies.length - 1; i > 0; i--) {
    const original = originals[i];
    if (original && !keep(original)) copies[i]?.remove();
  }
  return clone;
}

/**
 * Stand-ins for the ancestors of `element`, outermost first: elements of the same name (so `html`
 * and `body` rules — text style, line height — apply as on the page) with their classes and data
 * attributes (so descendant selectors match), each exactly the frame's size.
 */
function ancestorStandIns(element: Element, frame: SnapshotFrame): HTMLElement[] {
  const chain: HTMLElement[] = [];
  for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
    const standIn = document.createElementNS(XHTML, ancestor.localName) as HTMLElement;
    for (const attribute of Array.from(ancestor.attributes)) {
      if (attribute.name === 'class' || attribute.name === 'dir' || attribute.name.startsWith('data-')) {
        standIn.setAttribute(attribute.name, attribute.value);
      }
    }
    // Whatever the ancestor's rules say about its box, the stand-in is exactly the frame.
    const box = `position:relative;display:block;left:0;top:0;margin:0;padding:0;border:0;transform:none;overflow:visible;background:transparent;box-shadow:none;width:${frame.width}px;height:${frame.height}px;min-width:0;min-height:0;max-width:none;max-height:none`;
    standIn.setAttribute('style', box);
    chain.unshift(standIn);
  }
  return chain;
}

/** The SVG document (as text) picturing `element` in `frame`. */
export async function snapshotSvg(element: HTMLElement, frame: SnapshotFrame, options: SnapshotOptions): Promise<string> {
  const doc = element.ownerDocument;
  const clone = cloneKept(element, options.keep) as HTMLElement;
  clone.style.width = `${frame.width}px`;
  clone.style.height = `${frame.height}px`;
  clone.style.transform = frame.transform;

  const chain = ancestorStandIns(element, frame);
  const outermost = chain[0];
  const parent = chain[chain.length - 1];
  if (!outermost || !parent) throw new Error('The element is not on the page.');
  for (let i = 1; i < chain.length; i++) chain[i - 1]?.append(chain[i] as HTMLElement);
  parent.append(clone);

  const resolved = getComputedStyle(element.parentElement ?? element);
  const declarations: string[] = [];
  for (const name of customPropertyNames(doc)) {
    const value = resolved.getPropertyValue(name).trim();
    if (value !== '') declarations.push(`${name}:${value}`);
  }
  declarations.push(`background:${options.backgroundColor}`);
  outermost.setAttribute('style', `${outermost.getAttribute('style') ?? ''};${declarations.join(';')}`);

  const style = document.createElementNS(XHTML, 'style');
  style.textContent = await pageCss(doc);
  outermost.prepend(style);

  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(frame.width));
  svg.setAttribute('height', String(frame.height));
  svg.setAttribute('viewBox', `0 0 ${frame.width} ${frame.height}`);
  const foreign = document.createElementNS(SVG, 'foreignObject');
  foreign.setAttribute('x', '0');
  foreign.setAttribute('y', '0');
  foreign.setAttribute('width', '100%');
  foreign.setAttribute('height', '100%');
  foreign.append(outermost);
  svg.append(foreign);
  return new XMLSerializer().serializeToString(svg);
}

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Draws the SVG document onto a canvas `pixelRatio` times its size and returns a PNG data URL. */
export async function svgToPng(svg: string, frame: SnapshotFrame, pixelRatio: number, backgroundColor: string): Promise<string> {
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The browser could not draw the map.'));
    image.src = svgDataUrl(svg);
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(frame.width * pixelRatio);
  canvas.height = Math.round(frame.height * pixelRatio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images.');
  context.fillStyle = backgroundColor;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}
