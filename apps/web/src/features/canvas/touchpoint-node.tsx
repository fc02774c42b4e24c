import { CHANNEL_INFO } from '@cxmap/domain';
import { IconHeadset, IconUsersGroup } from '@tabler/icons-react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import classes from './canvas.module.css';
import { ChannelIcon } from './channel-icon';
import { EmotionFace } from './emotion';
import type { TouchpointNode as TouchpointNodeType } from './journey-to-flow';

/**
 * A touchpoint card. Memoised and fed only by its own node props (no store subscription), so
 * dragging or editing one card re-renders that card alone.
 */
function TouchpointNodeComponent({ data, selected, isConnectable }: NodeProps<TouchpointNodeType>) {
  const tp = data.touchpoint;
  const personnel = tp.interaction === 'personnel';
  const className = [classes.node, personnel ? classes.nodePersonnel : '', selected ? classes.nodeSelected : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className} data-testid="touchpoint-card" data-layer={tp.layer}>
      <Handle type="target" position={Position.Left} className={classes.handle} isConnectable={isConnectable} aria-label="Link target" />
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
        <EmotionFace value={tp.emotion} size={20} />
      </div>
      <div className={classes.title} title={tp.title}>
        {tp.title}
      </div>
      <div className={classes.owner}>
        <IconUsersGroup size={12} stroke={1.8} aria-hidden />
        <span>{tp.ownerTeam ?? 'No owner team'}</span>
      </div>
      <Handle type="source" position={Position.Right} className={classes.handle} isConnectable={isConnectable} aria-label="Link source" />
    </div>
  );
}

export const TouchpointNode = memo(TouchpointNodeComponent);
