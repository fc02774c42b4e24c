import { CHANNEL_INFO } from '@cxmap/domain';
import { IconHeadset, IconUsersGroup } from '@tabler/icons-react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { PainChip } from './annotations/pain-chip';
import classes from './canvas.module.css';
import { useCardDetail, useFineDetail } from './card-detail';
import { ChannelIcon } from './channel-icon';
import { EmotionFace, emotionColor, emotionLabel } from './emotion';
import type { TouchpointNodeData, TouchpointNode as TouchpointNodeType } from './journey-to-flow';
import { useTouchpointDimmed } from './metrics/canvas-metrics-store';
import { NodeMetricBadge } from './metrics/node-metric-badge';

/**
 * A touchpoint card. Memoised and fed by its own node props plus its own entry of the canvas
 * metrics store (badge, dimming) and pain store (marker), so dragging or editing one card, or a metrics refetch that
 * changes one badge, re-renders that card alone. Zoomed out below the readable threshold it draws the
 * light card (same box, same handles, so edges and geometry do not change); in the overview (card-detail.tsx)
 * the light card leaves its handles out.
 */
function TouchpointNodeComponent({ id, data, selected, isConnectable }: NodeProps<TouchpointNodeType>) {
  const tp = data.touchpoint;
  const personnel = tp.interaction === 'personnel';
  const detailed = useCardDetail();
  // An overview's cards have no handles: too small to start a link from (card-detail.tsx).
  const handles = useFineDetail();
  const dimmed = useTouchpointDimmed(id);
  const className = [
    classes.node,
    detailed ? '' : classes.nodeLight,
    personnel ? classes.nodePersonnel : '',
    selected ? classes.nodeSelected : '',
    dimmed ? classes.nodeDimmed : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={className}
      data-testid="touchpoint-card"
      data-layer={tp.layer}
      data-dimmed={dimmed || undefined}
      data-light={detailed ? undefined : true}
      style={detailed ? undefined : { borderBottomColor: emotionColor(tp.emotion) }}
    >
      {handles && <Handle type="target" position={Position.Left} className={classes.handle} isConnectable={isConnectable} aria-label="Link target" />}
      {detailed ? (
        <CardBody id={id} touchpoint={tp} personnel={personnel} />
      ) : (
        <div className={classes.lightTitle} title={`${tp.title} (${emotionLabel(tp.emotion)})`}>
          {tp.title}
        </div>
      )}
      {handles && <Handle type="source" position={Position.Right} className={classes.handle} isConnectable={isConnectable} aria-label="Link source" />}
    </div>
  );
}

/** What a readable card shows between its handles. */
function CardBody({ id, touchpoint: tp, personnel }: { id: string; touchpoint: TouchpointNodeData['touchpoint']; personnel: boolean }) {
  return (
    <>
      <div className={classes.nodeTop}>
        <span className={classes.channel} title={CHANNEL_INFO[tp.channel].label}>
          <ChannelIcon channel={tp.channel} size={13} />
          <span>{CHANNEL_INFO[tp.channel].label}</span>
        </span>
        {personnel && (
          <span className={classes.serviceBadge} title="Customer service: the customer deals with people">
            <IconHeadset size={12} stroke={2} aria-hidden />
            Service
          </span>
        )}
        <span className={classes.grow} />
        <PainChip targetId={id} />
        <EmotionFace value={tp.emotion} size={20} />
      </div>
      <div className={classes.title} title={tp.title}>
        {tp.title}
      </div>
      <div className={classes.owner}>
        <IconUsersGroup size={12} stroke={1.8} aria-hidden />
        <span className={classes.ownerName}>{tp.ownerTeam ?? 'No owner team'}</span>
        <NodeMetricBadge touchpointId={id} />
      </div>
    </>
  );
}

export const TouchpointNode = memo(TouchpointNodeComponent);
