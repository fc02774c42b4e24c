import { describe, expect, it } from 'vitest';
import { given } from './given';
import { applySelectChanges, NO_SELECTION, panelTarget, pruneSelection, selectionOfFocus } from './selection';

describe('selection', () => {
  it('applies select changes and unselects the stage when a card is picked', () => {
    const withStage = { ...NO_SELECTION, stageId: 's1' };
    const next = applySelectChanges(withStage, 'nodes', [{ id: 'a', selected: true }]);
    expect(next).toEqual({ nodes: ['a'], edges: [], stageId: null });
    expect(applySelectChanges(next, 'nodes', [{ id: 'a', selected: false }]).nodes).toEqual([]);
  });

  it('targets the side panel at exactly one card, link or stage', () => {
    expect(panelTarget({ nodes: ['a'], edges: [], stageId: null })).toEqual({ kind: 'touchpoint', id: 'a' });
    expect(panelTarget({ nodes: [], edges: ['l'], stageId: null })).toEqual({ kind: 'link', id: 'l' });
    expect(panelTarget({ nodes: [], edges: [], stageId: 's' })).toEqual({ kind: 'stage', id: 's' });
    expect(panelTarget({ nodes: ['a', 'b'], edges: [], stageId: null })).toBeNull();
  });

  it('forgets deleted entities', () => {
    const graph = given.journey({ stages: 1 });
    const tp = given.touchpoint(graph.stages[0].id);
    graph.touchpoints = [tp];
    const selection = { nodes: [tp.id, 'gone'], edges: ['gone'], stageId: 'gone' };
    expect(pruneSelection(selection, graph)).toEqual({ nodes: [tp.id], edges: [], stageId: null });
    const clean = { nodes: [tp.id], edges: [], stageId: null };
    expect(pruneSelection(clean, graph)).toBe(clean);
  });

  it('starts the canvas with the focused element selected', () => {
    expect(selectionOfFocus(null)).toEqual({ nodes: [], edges: [], stageId: null });
    expect(selectionOfFocus({ target: { kind: 'touchpoint', id: 't1' }, tab: 'details' })).toEqual({ nodes: ['t1'], edges: [], stageId: null });
    expect(selectionOfFocus({ target: { kind: 'link', id: 'l1' }, tab: 'details' })).toEqual({ nodes: [], edges: ['l1'], stageId: null });
    expect(selectionOfFocus({ target: { kind: 'stage', id: 's1' }, tab: 'details' })).toEqual({ nodes: [], edges: [], stageId: 's1' });
  });
});
