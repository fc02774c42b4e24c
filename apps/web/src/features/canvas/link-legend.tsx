import { LINK_TYPE_LABELS, LINK_TYPES } from '@cxmap/domain';
import { memo } from 'react';
import classes from './canvas.module.css';
import { LINK_STYLES } from './link-styles';

function LinkLegendComponent() {
  return (
    <div className={classes.legend} role="list" aria-label="Legend">
      {LINK_TYPES.map((type) => {
        const style = LINK_STYLES[type];
        return (
          <div key={type} className={classes.legendRow} role="listitem">
            <svg width={36} height={10} aria-hidden>
              <line x1={0} x2={28} y1={5} y2={5} stroke={style.color} strokeWidth={style.width} strokeDasharray={style.dash} />
              <path d="M 28 1 L 36 5 L 28 9 z" fill={style.color} />
            </svg>
            {LINK_TYPE_LABELS[type]}
          </div>
        );
      })}
    </div>
  );
}

export const LinkLegend = memo(LinkLegendComponent);
