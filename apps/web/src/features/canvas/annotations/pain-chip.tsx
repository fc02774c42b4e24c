import { Tooltip } from '@mantine/core';
import { IconFlame } from '@tabler/icons-react';
import { memo } from 'react';
import classes from './annotations.module.css';
import { usePainMarker } from './canvas-pain-store';
import { describePain } from './pain-marker';

/** The unresolved pain points of a touchpoint or stage; renders nothing when there are none. */
function PainChipComponent({ targetId }: { targetId: string }) {
  const marker = usePainMarker(targetId);
  if (!marker) return null;
  const label = describePain(marker);
  return (
    <Tooltip label={label} openDelay={250} withArrow>
      <span className={classes.painChip} data-severity={marker.worst} data-testid="pain-marker" aria-label={label}>
        <IconFlame size={11} stroke={2.2} aria-hidden />
        {marker.count}
      </span>
    </Tooltip>
  );
}

export const PainChip = memo(PainChipComponent);
