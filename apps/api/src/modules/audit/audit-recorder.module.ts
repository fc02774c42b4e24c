import { Module } from '@nestjs/common';
import { AuditRecorder } from './audit-recorder';

/**
 * The recorder alone, with no dependencies, so that every module that changes data can import it
 * (the audit module proper reads the log and depends on the workspaces module).
 */
@Module({
  providers: [AuditRecorder],
  exports: [AuditRecorder],
})
export class AuditRecorderModule {}
