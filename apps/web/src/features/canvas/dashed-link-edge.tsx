import { BaseEdge, getSmoothStepPath, Position, type EdgeProps } from '@xyflow/react';
import { memo, useMemo, type CSSProperties } from 'react';
import classes from './canvas.module.css';
import { useFineDetail } from './card-detail';
import { dashCoverage, dashRuns } from './dash-runs';
import type { LinkEdge } from './journey-to-flow';

/**
 * A dashed link (hand-off, depends on, feedback loop): React Flow's smooth-step edge, its dashes drawn
 * piece by piece (see dash-runs.ts). The edge's own path keeps the arrowhead, the label and the
 * pointer target, with no stroke of its own; the pieces sit beneath it.
 *
 * Zoomed out below 0.25, where a dash is under two pixels and the patterns cannot be told apart, the
 * link is one solid path as light as its pattern (a "2 5" dotted line at 2/7 opacity), told by its colour.
 */
function DashedLinkEdgeComponent({
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition = Position.Right,
  targetPosition = Position.Left,
  style,
  markerEnd,
  label,
  labelStyle,
  labelShowBg,
  labelBgStyle,
  labelBgPadding,
  labelBgBorderRadius,
  interactionWidth,
}: EdgeProps<LinkEdge>) {
  const dashed = useFineDetail();
  const [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const runs = useMemo(() => (dashed ? dashRuns(path) : null), [dashed, path]);
  const { strokeDasharray, opacity, ...stroke } = style ?? {};
  const dash = typeof strokeDasharray === 'string' ? strokeDasharray : String(strokeDasharray ?? '');
  const piece: CSSProperties = { ...stroke, strokeDasharray, fill: 'none' };
  // The edge's own path: over the pieces it only carries the arrowhead (sized by its stroke width:
  // React Flow's markers are in stroke-width units); otherwise it is the line.
  const own: CSSProperties = dashed ? { opacity, strokeWidth: stroke.strokeWidth, stroke: 'none' } : { ...stroke, opacity, strokeOpacity: dashCoverage(dash) };
  return (
    <>
      {dashed && (
        <g className={classes.dashRuns} style={{ opacity }} data-testid="dashed-link">
          {runs ? (
            runs.map((run, index) => <path key={index} d={run.d} style={{ ...piece, strokeDashoffset: run.offset }} />)
          ) : (
            <path d={path} style={piece} />
          )}
        </g>
      )}
      <BaseEdge
        path={path}
        style={own}
        markerEnd={markerEnd}
        label={label}
        labelX={labelX}
        labelY={labelY}
        labelStyle={labelStyle}
        labelShowBg={labelShowBg}
        labelBgStyle={labelBgStyle}
        labelBgPadding={labelBgPadding}
        labelBgBorderRadius={labelBgBorderRadius}
        interactionWidth={interactionWidth}
      />
    </>
  );
}

export const DashedLinkEdge = memo(DashedLinkEdgeComponent);
