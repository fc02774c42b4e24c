import { Module } from '@nestjs/common';
import { AuditRecorderModule } from '../audit/audit-recorder.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { AnnotationsController } from './annotations.controller';
import { AnnotationsRepository } from './annotations.repository';
import { AnnotationsService } from './annotations.service';
import { RepliesService } from './replies.service';
import { ReviewController } from './review.controller';
import { ReviewRepository } from './review.repository';
import { ReviewService } from './review.service';

@Module({
  imports: [WorkspacesModule, AuditRecorderModule],
  controllers: [AnnotationsController, ReviewController],
  providers: [AnnotationsRepository, ReviewRepository, AnnotationsService, RepliesService, ReviewService],
  exports: [AnnotationsRepository, AnnotationsService, RepliesService, ReviewRepository],
})
export class AnnotationsModule {}
