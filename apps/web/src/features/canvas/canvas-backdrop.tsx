import { LAYER_LABELS, type Layer } from '@cxmap/domain';
import { sortedStages, type GraphContent } from '@cxmap/journey-format';
import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import classes from './canvas.module.css';
import type { CanvasGeometry } from './canvas-geometry';
import { EmotionLayer } from './emotion-layer';
import { StageHeader, type StageHeaderActions } from './stage-header';

const LANE_TINTS: Record<Layer, string> = {
  customer: '#f3f6ff',
  frontstage: '#ffffff',
  backstage: '#f8f9fa',
  support: '#f1f3f5',
};

const LANE_HINTS: Record<Layer, string> = {
  customer: 'What the customer does',
  frontstage: 'What the customer sees',
  backstage: 'Behind the scenes',
  support: 'Systems and partners',
};

interface CanvasBackdropProps extends StageHeaderActions {
  graph: GraphContent;
  geometry: CanvasGeometry;
  selectedStageId: string | null;
  /** No "New stage" button, and stage headers without rename, move and delete. */
  readOnly: boolean;
  onAddStage: () => void;
}

/**
 * The blueprint grid drawn in flow space behind the cards: lane bands with their labels, stage
 * columns with their headers, the line of visibility and the emotion curve. It sits below nodes
 * and edges (z-index -1 inside the viewport) and lets pointer events through to the pane, except
 * on the headers.
 */
function CanvasBackdropComponent(props: CanvasBackdropProps) {
  const { graph, geometry, selectedStageId } = props;
  const stages = useMemo(() => new Map(sortedStages(graph.stages).map((s) => [s.id, s])), [graph.stages]);
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const tp of graph.touchpoints) map.set(tp.stageId, (map.get(tp.stageId) ?? 0) + 1);
    return map;
  }, [graph.touchpoints]);

  const { header, emotion, lanes, columns, labelWidth } = geometry;
  const gridRight = Math.max(geometry.width, labelWidth + 280);
  const backstage = lanes.find((l) => l.layer === 'backstage');

  return (
    <ViewportPortal>
      <div className={classes.backdrop} style={{ width: gridRight, height: geometry.height }}>
        <div className={classes.corner} style={{ left: 0, top: header.y, width: labelWidth, height: header.height }} />
        <div className={classes.emotionBand} style={{ left: labelWidth, top: emotion.y, width: gridRight - labelWidth, height: emotion.height }} />
        <div className={classes.laneLabel} style={{ left: 0, top: emotion.y, width: labelWidth, height: emotion.height }}>
          Emotion
          <span className={classes.laneHint}>Average per stage, −2 to +2</span>
        </div>
        {lanes.map((lane) => (
          <div key={lane.layer}>
            <div
              className={classes.lane}
              style={{ left: labelWidth, top: lane.y, width: gridRight - labelWidth, height: lane.height, background: LANE_TINTS[lane.layer] }}
            />
            <div className={`${classes.laneLabel} ${classes.lane}`} style={{ left: 0, top: lane.y, width: labelWidth, height: lane.height }}>
              {LAYER_LABELS[lane.layer]}
              <span className={classes.laneHint}>{LANE_HINTS[lane.layer]}</span>
            </div>
          </div>
        ))}
        {backstage && (
          <div className={classes.lineOfVisibility} style={{ left: 0, top: backstage.y - 1, width: gridRight }} title="Line of visibility" />
        )}
        {columns.map((column) => (
          <div
            key={column.stageId}
            className={`${classes.column} ${column.stageId === selectedStageId ? classes.columnSelected : ''}`}
            style={{ left: column.x, top: emotion.y, width: column.width, height: geometry.height - emotion.y }}
          />
        ))}
        <EmotionLayer graph={graph} geometry={geometry} />
        {columns.map((column, index) => {
          const stage = stages.get(column.stageId);
          if (!stage) return null;
          return (
            <StageHeader
              key={stage.id}
              stage={stage}
              column={column}
              top={header.y}
              height={header.height}
              selected={stage.id === selectedStageId}
              touchpointCount={counts.get(stage.id) ?? 0}
              isFirst={index === 0}
              isLast={index === columns.length - 1}
              readOnly={props.readOnly}
              onSelect={props.onSelect}
              onRename={props.onRename}
              onMove={props.onMove}
              onDelete={props.onDelete}
            />
          );
        })}
        {!props.readOnly && (
          <div className={`${classes.addStage} nopan nodrag`} style={{ left: geometry.width + 16, top: header.y + 20 }}>
            <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={props.onAddStage}>
              New stage
            </Button>
          </div>
        )}
      </div>
    </ViewportPortal>
  );
}

export const CanvasBackdrop = memo(CanvasBackdropComponent);
