export { OpenFormatDownloads, type OpenFormatDownloadsProps, type OpenFormat } from './open-format-downloads';
