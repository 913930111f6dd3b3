import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { statisticsTables, toCsv } from '../../src/stats/tables.js';
import { crc32, sheetXml, toXlsx, workbook, XLSX_TYPE, zipStored } from '../../src/stats/xlsx.js';
import { quarterStats } from './fixtures.js';

// The shared quarter, with a unit whose name is markup and a would-be formula.
const stats = { ...quarterStats, byUnit: { petitionOffice: 6, '=cmd|x<y>&"z"': 4 } };

/** The cells of a worksheet, read back with a regular expression over the XML this module writes. */
function cellsOf(xml: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const m of xml.matchAll(
    /<c r="([A-Z]+\d+)"(?: t="inlineStr")?>(?:<v>([^<]*)<\/v>|<is><t xml:space="preserve">([^<]*)<\/t><\/is>)<\/c>/g,
  )) {
    out[m[1]!] =
      m[2] !== undefined
        ? Number(m[2])
        : m[3]!
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, '&');
  }
  return out;
}

describe('XLSX export of the statistics (small enough to ship)', () => {
  it('crc32 matches the published check value of "123456789" (ISO 3309: 0xCBF43926)', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('writes a ZIP that an independent reader (fflate) opens, with every part of a workbook', () => {
    const tables = statisticsTables(stats, 'zh-CN');
    const bytes = toXlsx(tables, { from: '2025-07-01', to: '2025-09-30' }, 'zh-CN');
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('<sheet name="信访统计" sheetId="1" r:id="rId1"/>');
    expect(XLSX_TYPE).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('holds the same lines as the CSV export, figures as numbers, in Chinese and English', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const tables = statisticsTables(stats, lang);
      const range = { from: '2025-07-01', to: '2025-09-30' };
      const sheet = strFromU8(unzipSync(toXlsx(tables, range, lang))['xl/worksheets/sheet1.xml']!);
      const cells = cellsOf(sheet);
      const csvLines = toCsv(tables, range, lang).slice(1).trimEnd().split('\r\n');
      expect(Object.keys(cells).filter((k) => k.startsWith('A')).length).toBe(csvLines.length);
      const rows = tables.flatMap((t) => t.rows.map((r) => [t.title, r.label, r.value]));
      rows.forEach(([title, label, value], i) => {
        expect([cells[`A${i + 3}`], cells[`B${i + 3}`], cells[`C${i + 3}`]]).toEqual([title, label, value]);
      });
      expect(cells.A1).toBe(lang === 'zh-CN' ? '统计期间 2025-07-01 至 2025-09-30' : 'Period 2025-07-01 to 2025-09-30');
      expect(cells.C3).toBe(10);
      expect(typeof cells.C4).toBe('number'); // the on-time rate, 71.4
      expect(cells.C4).toBe(71.4);
    }
  });

  it('escapes markup and never writes a formula: a unit named =cmd|x<y>&"z" stays text', () => {
    const sheet = sheetXml([['=cmd|x<y>&"z"', 1]]);
    expect(sheet).toContain('<t xml:space="preserve">=cmd|x&lt;y&gt;&amp;&quot;z&quot;</t>');
    expect(sheet).not.toContain('<f>');
    expect(sheetXml([['a\u0001b\u0000c']])).toContain('>abc</t>');
    expect(sheetXml([[Number.NaN]])).toContain('<c r="A1" t="inlineStr"><is><t xml:space="preserve"></t></is></c>');
  });

  it('is deterministic (same tables, same bytes); stored entries keep a quarter under 12 KB', () => {
    const tables = statisticsTables(stats, 'en');
    const range = { from: '2025-01-01', to: '2025-12-31' };
    expect(toXlsx(tables, range, 'en')).toEqual(toXlsx(tables, range, 'en'));
    expect(toXlsx(tables, range, 'en').length).toBeLessThan(12_000);
  });

  it('columns past Z are named AA, AB…; sheet names lose the characters Excel forbids', () => {
    const row = Array.from({ length: 28 }, (_, i) => i);
    const cells = cellsOf(sheetXml([row]));
    expect(cells.Z1).toBe(25);
    expect(cells.AA1).toBe(26);
    expect(cells.AB1).toBe(27);
    const files = unzipSync(workbook('a[b]:c*d?e/f\\g-very-long-name-that-goes-past-31', [['x']]));
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('<sheet name="a b  c d e f g-very-long-name-t"');
  });

  it('zipStored records sizes, offsets and CRCs an independent reader accepts', () => {
    const a = new TextEncoder().encode('hello');
    const b = new Uint8Array(1000).fill(7);
    const files = unzipSync(
      zipStored([
        { name: 'a.txt', data: a },
        { name: '目录/b.bin', data: b },
      ]),
    );
    expect(strFromU8(files['a.txt']!)).toBe('hello');
    expect(files['目录/b.bin']).toEqual(b);
  });
});
