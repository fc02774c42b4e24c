import { JOURNEY_IMPORT_FORMATS, LIMITS } from '@cxmap/domain';
import type { ImportJourneyRequest, ImportJourneyResponse, ImportWarningDto, JourneyImportFormat } from '@cxmap/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { IsOptionalNotNull } from '../../../core/validation/optional';
import { Trim } from '../../../core/validation/trim';
import { JourneyResponseDto } from '../../journeys/dto/journey-responses.dto';

export class ImportJourneyDto implements ImportJourneyRequest {
  @ApiProperty({
    enum: JOURNEY_IMPORT_FORMATS,
    description:
      '`mermaid`: Mermaid `journey` text; `ojf`: OpenJourney JSON (Ptolemy); `cxmap`: a CXMap journey document (schema: GET /api/schemas/journey-document.json)',
  })
  @IsIn(JOURNEY_IMPORT_FORMATS)
  format!: JourneyImportFormat;

  @ApiProperty({ minLength: 1, maxLength: LIMITS.importContentMax, description: 'The file as text' })
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.importContentMax)
  content!: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: LIMITS.nameMax, description: 'Trimmed; replaces the name the file gives' })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.nameMax)
  name?: string;
}

export class ImportWarningResponseDto implements ImportWarningDto {
  @ApiProperty({ type: 'integer', nullable: true }) line!: number | null;
  @ApiProperty() message!: string;
}

export class ImportJourneyResponseDto extends JourneyResponseDto implements ImportJourneyResponse {
  @ApiProperty({ type: [ImportWarningResponseDto], description: 'What the import changed or could not keep, by line' })
  warnings!: ImportWarningResponseDto[];
}
