import { StreamableFile } from '@nestjs/common';
import type { ExportFile } from './exports.service';

/** The file as a download: `attachment` with its (already ASCII-safe) name; never cached. */
export function toDownload(file: ExportFile): StreamableFile {
  return new StreamableFile(file.bytes, {
    type: file.contentType,
    length: file.bytes.length,
    disposition: `attachment; filename="${file.fileName.replace(/["\\\r\n]/g, '_')}"`,
  });
}
