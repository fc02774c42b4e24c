import { describe, expect, it } from 'vitest';
import { applyOps } from '../apply-ops';
import { emptyGraph } from '../graph';
import { importedJourneyToOps } from '../import/to-ops';
import { parseJourneyFile } from '../parse-journey-file';
import { parseTouchpointCsv, parseTouchpointGrid } from './touchpoint-grid';

function counter(): () => string {
  let next = 0;
  return () => `00000000-0000-4000-8000-${String((next += 1)).padStart(12, '0')}`;
}

const GOOD = [
  'Stage,Title,Description,Channel,Interaction,Layer,Owner team,Emotion,Phase',
  'Discovery,Searches the web,,Website,,customer,Marketing,1,',
  'Purchase,Pays by card,"Card, then 3-D Secure",web,digital,Frontstage,Payments,-2,purchase',
  'Discovery,Reads reviews,,review site,marketing,customer,,+2,',
  'Support,Calls the hotline,,PHONE,Customer service (people),backstage,Customer service,0,Cultivation',
].join('\n');

describe('parseTouchpointCsv', () => {
  it('reads a grid: stages in first-appearance order, catalog labels and keys alike, aliases and any case', () => {
    const { rows, result } = parseTouchpointCsv(GOOD, 'Shop');
    expect(rows.every((row) => row.errors.length === 0)).toBe(true);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { journey } = result;
    expect(journey.name).toBe('Shop');
    expect(journey.stages.map((stage) => [stage.name, stage.phase, stage.touchpoints.map((t) => t.title)])).toEqual([
      ['Discovery', 'discovery', ['Searches the web', 'Reads reviews']],
      ['Purchase', 'purchase', ['Pays by card']],
      ['Support', 'cultivation', ['Calls the hotline']],
    ]);
    expect(journey.stages[1]?.touchpoints[0]).toMatchObject({ description: 'Card, then 3-D Secure', channel: 'web', interaction: 'digital', layer: 'frontstage', ownerTeam: 'Payments', emotion: -2, line: 3 });
    expect(journey.stages[0]?.touchpoints[1]).toMatchObject({ channel: 'review_site', interaction: 'marketing', ownerTeam: null, emotion: 2 });
    expect(journey.stages[2]?.touchpoints[0]).toMatchObject({ channel: 'phone', interaction: 'personnel', layer: 'backstage' });
  });

  it('becomes /changes operations that build the journey, a card per cell row', () => {
    const { result } = parseTouchpointCsv(GOOD);
    if (!result.ok) throw new Error('not ok');
    const ops = importedJourneyToOps(result.journey, counter());
    const { graph, errors } = applyOps(emptyGraph(), ops);
    expect(errors).toEqual([]);
    expect(graph.touchpoints.map((t) => [t.title, t.position.y])).toEqual([
      ['Searches the web', 24],
      ['Reads reviews', 144],
      ['Pays by card', 24],
      ['Calls the hotline', 24],
    ]);
    expect(graph.touchpoints.find((t) => t.title === 'Calls the hotline')).toMatchObject({ ownerTeam: 'Customer service', interaction: 'personnel' });
  });

  it('orders stages by stage_order when given, and refuses two orders for one stage', () => {
    const { result } = parseTouchpointCsv('stage,order,title\nLate,3,A\nEarly,1,B\nMiddle,2,C\nLate,,D');
    expect(result.ok && result.journey.stages.map((stage) => stage.name)).toEqual(['Early', 'Middle', 'Late']);
    const clash = parseTouchpointCsv('stage,stage_order,title\nLate,3,A\nLate,4,B').result;
    expect(clash).toEqual({ ok: false, errors: [{ line: 3, message: "stage_order: 4 differs from 3, given for 'Late' on row 2" }] });
  });

  it('names the row and column of every bad value, and imports nothing', () => {
    const { rows, result } = parseTouchpointCsv(
      ['stage,title,channel,layer,emotion,interaction', 'A,,web,customer,0,', 'A,Fax us,fax,customer,0,', 'A,Happy,web,customer,3,', 'A,Lane,web,basement,1.5,', 'A,Kind,web,customer,,robots', ',Orphan,web,customer,,', 'A,Fine,web,customer,-1,'].join('\n'),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      { line: 2, message: 'title: is empty: every touchpoint needs a title' },
      { line: 3, message: "channel: 'fax' is not a channel (web, mobile_app, email, phone, live_chat, social, in_person, advertising, mail, product, self_service, review_site, sms, other, or their labels)" },
      { line: 4, message: "emotion: '3' is not a whole number from -2 to +2" },
      { line: 5, message: "layer: 'basement' is not a layer (customer, frontstage, backstage, support)" },
      { line: 5, message: "emotion: '1.5' is not a whole number from -2 to +2" },
      { line: 6, message: "interaction: 'robots' is not an interaction type (personnel, digital, marketing, product)" },
      { line: 7, message: 'stage: is empty: name the stage' },
    ]);
    expect(rows.map((row) => row.errors.length)).toEqual([1, 1, 1, 2, 1, 1, 0]);
  });

  it('reads a BOM, semicolons and CRLF line ends, and header names with spaces', () => {
    const { result } = parseTouchpointCsv('\uFEFFStage Name;Touchpoint;Owner Team\r\nUse;Unboxes;Product\r\n');
    expect(result.ok && result.journey.stages[0]?.touchpoints[0]).toMatchObject({ title: 'Unboxes', ownerTeam: 'Product', channel: 'other', layer: 'customer' });
  });

  it('says what is wrong with the header', () => {
    expect(parseTouchpointCsv('title,colour\nA,red').result).toEqual({
      ok: false,
      errors: [
        { line: 1, message: "Unknown column 'colour'. Columns: stage, stage_order, title, description, channel, interaction, layer, owner_team, emotion, phase." },
        { line: 1, message: 'The column stage is missing.' },
      ],
    });
    expect(parseTouchpointCsv('stage,title\n').result).toEqual({ ok: false, errors: [{ line: null, message: 'The file has a header but no touchpoint rows.' }] });
    expect(parseTouchpointGrid([]).result.ok).toBe(false);
  });

  it('is the csv format of parseJourneyFile; xlsx is left to the server', () => {
    expect(parseJourneyFile('csv', GOOD).ok).toBe(true);
    expect(parseJourneyFile('xlsx', 'UEsDBA==').ok).toBe(false);
  });
});
