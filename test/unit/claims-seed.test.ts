import { describe, expect, it } from 'vitest';
import { resolvedDate } from '../../components/words/claim-words';
import { analyzePage } from '../../utils/analyze-page';
import type { Claim, ClaimCategory } from '../../utils/report';
import { NOW, SEED_URL, seedDocument } from '../helpers/fixtures';
import { wordsFor } from '../helpers/words';

/** The seed page as the popup sees it: the publish stamp is the copyright year only. */
const claims = analyzePage(seedDocument(), { url: SEED_URL, now: NOW }).claims;

function claimStarting(start: string): Claim {
  const claim = claims.find((c) => c.text.startsWith(start));
  if (!claim) throw new Error(`no claim starts with “${start}”`);
  return claim;
}
const has = (claim: Claim, kind: ClaimCategory, text: string): boolean => claim.cues.some((c) => c.kind === kind && c.text === text);

describe('claims on the seed article', () => {
  it('lists the Mosul sentence first: a lapsing state, a figure and a weekday only the year pins down', () => {
    const mosul = claimStarting('For now, militants remain in control of Mosul');
    expect(claims[0]).toBe(mosul);
    expect(mosul.categories).toEqual(['present-state', 'running-figure', 'relative-time']);
    const tuesday = mosul.cues.find((c) => c.text === 'Tuesday')?.resolved;
    expect(tuesday).toMatchObject({ value: '2014', precision: 'year' });
    expect(tuesday && resolvedDate(tuesday, wordsFor('en'))).toBe('a Tuesday in 2014');
  });

  it('names office holders, records, running figures and forecasts', () => {
    expect(has(claimStarting('Iraq’s parliament failed to hold'), 'office-holder', 'Prime Minister Nuri al-Maliki')).toBe(true);
    expect(has(claimStarting('Iraqi Foreign Minister Hoshyar Zebari told CNN'), 'office-holder', 'Foreign Minister Hoshyar Zebari')).toBe(true);
    const record = claimStarting('Terrorist activity and violence, it said');
    expect(record.cues.find((c) => c.kind === 'record')).toMatchObject({ text: 'levels unseen since 2007', resolved: { value: '2007' } });
    expect(has(claimStarting('Since then, more than 500,000 people have fled'), 'running-figure', 'more than 500,000 people')).toBe(true);
    expect(has(claimStarting('The Iraqi government hopes'), 'forecast', 'hopes')).toBe(true);
  });

  it('resolves every weekday consistently with the year-only publish stamp', () => {
    const weekdays = claims.flatMap((c) => c.cues).filter((c) => /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/.test(c.text) && c.kind === 'relative-time');
    expect(weekdays.length).toBeGreaterThanOrEqual(6);
    for (const cue of weekdays) {
      expect(cue.resolved).toMatchObject({ value: '2014', precision: 'year' });
      expect(cue.resolved && resolvedDate(cue.resolved, wordsFor('en'))).toBe(`a ${/\w+day/.exec(cue.text)?.[0] ?? ''} in 2014`);
    }
  });

  it('takes nothing from the comment form, the copyright line or the site chrome', () => {
    const all = claims.map((c) => c.text).join('\n');
    expect(all).not.toMatch(/You are commenting|Cable News Network|All rights reserved|Privacy policy|Leave a Reply/);
  });

  it('leaves background and timeless sentences out', () => {
    const texts = claims.map((c) => c.text);
    expect(texts).not.toContain('Some lawmakers refused to attend the session to prevent a quorum.');
    expect(texts).not.toContain('CNN cannot confirm the authenticity of the 17-minute-long audio or the time of its recording.');
  });
});
