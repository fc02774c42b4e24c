import { Module } from '@nestjs/common';
import { JourneysModule } from '../journeys/journeys.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

@Module({
  imports: [WorkspacesModule, JourneysModule],
  controllers: [ImportsController],
  providers: [ImportsService],
})
export class ImportsModule {}
