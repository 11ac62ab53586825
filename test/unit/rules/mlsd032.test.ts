/**
 * MLSD032 leaky-feature: a feature that repeats the outcome of the example it
 * predicts, or is set only once that outcome is known. An entity's past rate of
 * the outcome, a leak named to avoid it, and the label's own definition are not.
 */
import { describe, expect, it } from 'vitest';
import { ruleFindings } from './helpers';

const find = (text: string) => ruleFindings(text, 'MLSD032');
const answer = (label: string, data: string) => `---\nlevel: senior\n---\n# A\n\n## Framing\n\n${label}\n\n## Data\n\n${data}\n`;
const TICKET = 'Label: 1 if the ticket is escalated to tier 2 within 48 hours, else 0.';
const CLICK = 'Positive: the user clicks the ad within 30 minutes of the impression.';

describe('MLSD032 leaky-feature', () => {
  it('the example\'s own outcome as a feature, in a list, a table row or a sentence, quoted by its clause', () => {
    expect(find(answer(TICKET, 'Features: ticket text, product area, customer plan, and whether this ticket was escalated by the agent.')).map((f) => [f.step, f.message])).toEqual([
      ['data', '"whether this ticket was escalated by the agent" is the outcome being predicted: it is not known when the model runs. Drop it, or use its value from before.'],
    ]);
    const table = answer(
      '| | |\n|---|---|\n| Label | 1 if the customer accepted the substitute, 0 if rejected or refunded |',
      '| Feature | Description |\n|---|---|\n| size_ratio | substitute size / ordered size |\n| accepted_in_app | whether the customer tapped "accept" on this substitute in the app for this order |',
    );
    expect(find(table).map((f) => f.message)).toEqual([expect.stringMatching(/^"accepted_in_app" is the outcome being predicted/)]);
    expect(find(answer(CLICK, 'We also feed the click timestamp of this impression and the dwell time after the click.'))).toHaveLength(1);
  });
  it('a value measured in the period being predicted; not a forecast or a schedule for it, nor the label', () => {
    const label = 'Label: pickups and returns per dock in the target hour.';
    const feats = (line: string) => answer(label, `Features per dock-hour:\n\n- hour of day, day of week\n- ${line}\n`);
    expect(find(feats('pickups at the 5 nearest docks in the target hour, since neighbouring docks move together')).map((f) => [f.step, f.message])).toEqual([
      ['data', '"pickups at the 5 nearest docks in the target hour" is measured in the period being predicted: it is not known when the model runs. Use only values from before it.'],
    ]);
    expect(find(feats('weather: temperature and rain, from the forecast for the target hour'))).toEqual([]);
    expect(find(feats('events within 1 km in the target hour'))).toEqual([]);
    expect(find(feats('pickups at the 5 nearest docks in the previous hour'))).toEqual([]);
  });
  it('a value written only once the outcome is known', () => {
    const story = answer(
      'Positive pairs: articles the editors merged into one story.',
      "For features I'd use: shingle overlap, headline similarity, and whether the two articles carry the same story ID. The story ID is what the CMS gives to articles once they are grouped together, so it is a strong signal.",
    );
    expect(find(story).map((f) => f.message)).toEqual([expect.stringMatching(/^"The story ID is what the CMS gives to articles once they are grouped.*leaks the label/)]);
    const notes = answer('Label: the claim is fraud if the investigation confirms it.', 'Inputs: claim amount, policy age, and the investigator notes field, which is filled once the claim is investigated.');
    expect(find(notes)).toHaveLength(1);
  });
  it('is silent on the past of an entity, on a leak named to avoid it, and on the label itself', () => {
    for (const [label, data] of [
      [TICKET, "Features: ticket text, product area, and the customer's past escalation rate over the last 90 days."],
      [TICKET, 'We never use whether this ticket was escalated as a feature: it is the label.'],
      [TICKET, 'Features: ticket text and product area. Tickets are closed after they are resolved.'],
      [CLICK, '- number of clicks this user made in the previous 7 days\n- the ad\'s CTR so far'],
      [CLICK, 'Features of this impression: position, device, time of day, and the query.'],
      ['Positive = a chargeback within 90 days.', 'Labels are known only after the chargeback window closes, so we train on payments older than 90 days.'],
    ]) expect(find(answer(label!, data!)), data).toEqual([]);
  });
});
