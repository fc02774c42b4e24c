import { ActionIcon, Button, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconFileExport } from '@tabler/icons-react';
import { canvasBounds, computeGeometry } from '../canvas/canvas-geometry';
import type { GraphContent } from '@cxmap/journey-format';
import { useMemo, useState } from 'react';
import type { ExportTarget } from '../../api/exports';
import { ExportDialog } from './export-dialog';

export interface ExportButtonProps {
  target: ExportTarget;
  journeyName: string;
  graph: GraphContent;
  /** An icon button (the crowded canvas toolbar); otherwise a labelled one. */
  compact?: boolean;
}

/** The toolbar's Export button (every role; share pages whose link allows it) and its dialog; Ctrl/Cmd+Shift+E opens it. */
export function ExportButton({ target, journeyName, graph, compact = false }: ExportButtonProps) {
  const [opened, setOpened] = useState(false);
  useHotkeys([['mod+shift+E', () => setOpened(true)]]);
  const bounds = useMemo(() => canvasBounds(computeGeometry(graph)), [graph]);
  return (
    <>
      <Tooltip label="Export a report or an image (Ctrl+Shift+E)" openDelay={300}>
        {compact ? (
          <ActionIcon variant="default" size="md" aria-label="Export" onClick={() => setOpened(true)}>
            <IconFileExport size={16} />
          </ActionIcon>
        ) : (
          <Button size="xs" variant="default" leftSection={<IconFileExport size={14} aria-hidden />} onClick={() => setOpened(true)}>
            Export
          </Button>
        )}
      </Tooltip>
      {opened && <ExportDialog opened onClose={() => setOpened(false)} target={target} journeyName={journeyName} mapBounds={bounds} cardCount={graph.touchpoints.length} />}
    </>
  );
}
