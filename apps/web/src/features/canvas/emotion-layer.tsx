import type { GraphContent } from '@cxmap/journey-format';
import { memo, useMemo } from 'react';
import classes from './canvas.module.css';
import type { CanvasGeometry } from './canvas-geometry';
import { emotionPath, emotionPoints, emotionY } from './emotion-curve';
import { emotionColor } from './emotion';

/** The emotion curve: each stage's average emotion at its column centre, in flow space. */
function EmotionLayerComponent({ graph, geometry }: { graph: GraphContent; geometry: CanvasGeometry }) {
  const points = useMemo(() => emotionPoints(graph, geometry), [graph, geometry]);
  const band = geometry.emotion;
  const left = geometry.labelWidth;
  const right = geometry.width;
  const zero = emotionY(0, band);
  return (
    <svg
      className={classes.emotionSvg}
      width={geometry.width}
      height={geometry.height}
      role="img"
      aria-label="Emotion curve: average emotion per stage"
    >
      <line x1={left} x2={right} y1={zero} y2={zero} stroke="var(--mantine-color-gray-4)" strokeDasharray="4 4" />
      <path d={emotionPath(points, band)} fill="none" stroke="var(--mantine-color-indigo-5)" strokeWidth={3} strokeLinejoin="round" />
      {points.map((p) =>
        p.average === null ? (
          <text key={p.stageId} x={p.x} y={zero - 8} textAnchor="middle" fontSize={11} fill="var(--mantine-color-gray-5)">
            no emotion yet
          </text>
        ) : (
          <g key={p.stageId}>
            <circle cx={p.x} cy={emotionY(p.average, band)} r={7} fill={emotionColor(p.average)} stroke="#fff" strokeWidth={2}>
              <title>{`Average emotion ${p.average} over ${p.count} touchpoint${p.count === 1 ? '' : 's'}`}</title>
            </circle>
            <text
              x={p.x + 12}
              y={emotionY(p.average, band) + 4}
              fontSize={11}
              fontWeight={600}
              fill="var(--mantine-color-gray-7)"
            >
              {p.average > 0 ? `+${p.average}` : p.average}
            </text>
          </g>
        ),
      )}
    </svg>
  );
}

export const EmotionLayer = memo(EmotionLayerComponent);
