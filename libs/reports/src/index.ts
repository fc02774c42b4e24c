export * from './model';
export { renderJourneyCsv, JOURNEY_CSV_COLUMNS } from './csv/render-journey-csv';
export { renderJourneyXlsx, JOURNEY_XLSX_SHEETS } from './xlsx/render-journey-xlsx';
export { renderJourneyPptx } from './pptx/render-journey-pptx';
export * from './portfolio/build-portfolio-report';
export * from './build';
export * from './format';
export * from './pdf';
export * from './renderers';
