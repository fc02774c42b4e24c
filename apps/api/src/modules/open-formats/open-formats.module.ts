import { Module } from '@nestjs/common';
import { AnnotationsModule } from '../annotations/annotations.module';
import { CanvasModule } from '../canvas/canvas.module';
import { JourneysModule } from '../journeys/journeys.module';
import { MetricsModule } from '../metrics/metrics.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { JourneyExportService } from './journey-export.service';
import { OpenFormatsController } from './open-formats.controller';

/** Export in the open formats: the CXMap journey document (and its JSON Schema) and Mermaid text. Import lives in `imports`. */
@Module({
  imports: [WorkspacesModule, JourneysModule, CanvasModule, MetricsModule, AnnotationsModule],
  controllers: [OpenFormatsController],
  providers: [JourneyExportService],
})
export class OpenFormatsModule {}
