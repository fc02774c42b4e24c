import { afterEach, describe, expect, it } from 'vitest';
import { cloneKept, snapshotSvg } from './map-snapshot';

describe('map snapshot', () => {
  afterEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });

  const page = (): HTMLElement => {
    document.head.innerHTML = '<style>.card { border: 1px solid var(--line); border-left: 4px solid red; } .pane > .viewport { color: navy; }</style>';
    document.body.innerHTML = `
      <main class="pane" data-theme="light" id="main" style="width: 300px">
        <div class="viewport" style="transform: translate(5px, 5px) scale(2)">
          <div class="card" style="transform: translate(10px, 20px)">Sees a <b>sponsored</b> post</div>
          <button class="control">Delete</button>
        </div>
      </main>`;
    return document.querySelector<HTMLElement>('.viewport') as HTMLElement;
  };
  const withoutControls = (element: Element): boolean => !element.classList.contains('control');

  it('clones the subtree as it is, without the elements left out', () => {
    const clone = cloneKept(page(), withoutControls);
    expect(clone.querySelector('.card')?.textContent).toBe('Sees a sponsored post');
    expect(clone.querySelector('.card')?.getAttribute('style')).toBe('transform: translate(10px, 20px)');
    expect(clone.querySelector('.control')).toBeNull();
  });

  it('wraps the clone in stand-ins of its ancestors and carries the page’s CSS as written', async () => {
    const svg = await snapshotSvg(page(), { width: 640, height: 480, transform: 'translate(1px, 2px) scale(0.5)' }, { backgroundColor: '#fff', keep: withoutControls });
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = parsed.documentElement;
    expect([root.localName, root.getAttribute('width'), root.getAttribute('height')]).toEqual(['svg', '640', '480']);
    // `var()` in a shorthand survives (the stylesheet's own text, not its CSSOM serialization).
    expect(parsed.querySelector('style')?.textContent).toContain('.card { border: 1px solid var(--line); border-left: 4px solid red; }');
    const pane = parsed.querySelector('main.pane');
    expect(pane?.getAttribute('data-theme')).toBe('light');
    expect(pane?.hasAttribute('id')).toBe(false);
    expect(pane?.getAttribute('style')).toContain('width:640px');
    const viewport = pane?.querySelector(':scope > .viewport');
    expect(viewport?.getAttribute('style')).toContain('translate(1px, 2px) scale(0.5)');
    expect(viewport?.querySelector('.card')?.textContent).toBe('Sees a sponsored post');
    expect(viewport?.querySelector('button')).toBeNull();
    expect(parsed.querySelector('html')?.getAttribute('style')).toContain('background:#fff');
  });
});
