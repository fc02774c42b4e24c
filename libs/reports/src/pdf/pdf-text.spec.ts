import { describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text';

describe('pdfText: only what Helvetica (WinAnsi) can show', () => {
  it('keeps Latin-1 and the typographic marks WinAnsi has', () => {
    expect(pdfText('Café – “quoted” € 50 … naïve ß')).toBe('Café – “quoted” € 50 … naïve ß');
  });

  it('gives symbols an ASCII stand-in', () => {
    expect(pdfText('Chat → Phone, NPS ≥ 40, ≤ 2 − 1')).toBe('Chat -> Phone, NPS >= 40, <= 2 - 1');
  });

  it('transliterates Cyrillic and Greek, and strips accents Latin-1 lacks', () => {
    expect(pdfText('Привет, Щука')).toBe('Privet, Shchuka');
    expect(pdfText('αβγ')).toBe('abg');
    expect(pdfText('Łódź Őrség')).toBe('Lódz Orség');
  });

  it('turns emoji and CJK into "?" (one per character) and drops control characters', () => {
    expect(pdfText('Great 😀 service 日本\t!')).toBe('Great ? service ?? !');
    expect(pdfText('thumbs 👍🏽')).toBe('thumbs ??');
  });
});
