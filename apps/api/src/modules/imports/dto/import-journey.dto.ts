import { CHANNELS, EMOTION_MAX, EMOTION_MIN, INTERACTIONS, JOURNEY_IMPORT_FORMATS, LAYERS, LIMITS } from '@cxmap/domain';
import type {
  Channel,
  ImportGridRowDto,
  ImportJourneyRequest,
  ImportJourneyResponse,
  ImportPreviewResponse,
  ImportWarningDto,
  Interaction,
  JourneyImportFormat,
  Layer,
} from '@cxmap/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength, registerDecorator, type ValidationArguments } from 'class-validator';
import { IsOptionalNotNull } from '../../../core/validation/optional';
import { Trim } from '../../../core/validation/trim';
import { JourneyResponseDto } from '../../journeys/dto/journey-responses.dto';

/** The longest `content` of a format: a CXMap document may be longer than the other files (LIMITS.journeyDocumentContentMax). */
export function contentMaxOf(format: unknown): number {
  return format === 'cxmap' ? LIMITS.journeyDocumentContentMax : LIMITS.importContentMax;
}

/** `content` no longer than its format allows (the longest of all is checked by @MaxLength). */
function MaxLengthForFormat(): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'maxLengthForFormat',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          typeof value !== 'string' || value.length <= contentMaxOf((args.object as { format?: unknown }).format),
        defaultMessage: (args: ValidationArguments) =>
          `${args.property} must be shorter than or equal to ${contentMaxOf((args.object as { format?: unknown }).format)} characters for this format`,
      },
    });
  };
}

export class ImportJourneyDto implements ImportJourneyRequest {
  @ApiProperty({
    enum: JOURNEY_IMPORT_FORMATS,
    description:
      '`mermaid`: Mermaid `journey` text; `ojf`: OpenJourney JSON (Ptolemy); `csv`: a grid of touchpoints; `xlsx`: the same as a workbook, in base64; `cxmap`: a CXMap journey document (schema: GET /api/schemas/journey-document.json)',
  })
  @IsIn(JOURNEY_IMPORT_FORMATS)
  format!: JourneyImportFormat;

  @ApiProperty({
    minLength: 1,
    maxLength: LIMITS.journeyDocumentContentMax,
    description:
      `The file as text; an XLSX workbook as base64 (so at most about 750 kB). At most ${LIMITS.importContentMax.toLocaleString('en')} characters, ` +
      `or ${LIMITS.journeyDocumentContentMax.toLocaleString('en')} for \`cxmap\` (whose request body may be up to ${LIMITS.importDocumentBodyMaxBytes.toLocaleString('en')} bytes)`,
  })
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.journeyDocumentContentMax)
  @MaxLengthForFormat()
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

export class ImportJourneyQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: '`true`: answer what the file would become (200) and write nothing' })
  @IsOptionalNotNull()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}

export class ImportGridErrorResponseDto {
  @ApiProperty({ description: 'The column (`channel`, `emotion`…)' }) column!: string;
  @ApiProperty() message!: string;
}

export class ImportGridRowResponseDto implements ImportGridRowDto {
  @ApiProperty({ type: 'integer', description: 'The spreadsheet row; the header is row 1' }) row!: number;
  @ApiProperty() stage!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: CHANNELS, nullable: true }) channel!: Channel | null;
  @ApiProperty({ enum: INTERACTIONS, nullable: true }) interaction!: Interaction | null;
  @ApiProperty({ enum: LAYERS, nullable: true }) layer!: Layer | null;
  @ApiProperty({ type: 'integer', nullable: true, minimum: EMOTION_MIN, maximum: EMOTION_MAX }) emotion!: number | null;
  @ApiProperty({ type: [ImportGridErrorResponseDto] }) errors!: ImportGridErrorResponseDto[];
}

export class ImportPreviewStageResponseDto {
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer' }) touchpoints!: number;
}

export class ImportPreviewResponseDto implements ImportPreviewResponse {
  @ApiProperty({ description: 'Whether the file can be imported' }) ok!: boolean;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [ImportPreviewStageResponseDto] }) stages!: ImportPreviewStageResponseDto[];
  @ApiProperty({ type: 'integer' }) links!: number;
  @ApiProperty({ type: [ImportGridRowResponseDto], description: 'csv and xlsx: every data row with its errors' }) rows!: ImportGridRowResponseDto[];
  @ApiProperty({ type: [ImportWarningResponseDto] }) errors!: ImportWarningResponseDto[];
  @ApiProperty({ type: [ImportWarningResponseDto] }) warnings!: ImportWarningResponseDto[];
}
