export { renderJourneyPdf } from './render-journey-pdf';
export { renderPortfolioPdf } from './render-portfolio-pdf';
export { pdfText } from './pdf-text';
