import { describe, expect, it } from 'vitest';
import { titleScore, words } from './title-match';

describe('the words a headline is matched to its page title by', () => {
  it('are letters and digits of any script, without punctuation, symbols or currency', () => {
    expect(words('Council votes on the £12m bridge | The Daily')).toEqual(['council', 'votes', 'on', 'the', '12m', 'bridge', 'the', 'daily']);
    expect(words('Stadtrat: Brücke für 12 Mio. € genehmigt – «Ñandú»')).toEqual(['stadtrat', 'brücke', 'für', '12', 'mio', 'genehmigt', 'ñandú']);
    expect(words('Москва: новый мост открыт')).toEqual(['москва', 'новый', 'мост', 'открыт']);
    expect(words('邦人３６１人、ガザから退避…今後２～３週間 : 読売新聞')).toEqual(['邦人３６１人', 'ガザから退避', '今後２', '３週間', '読売新聞']);
    expect(words('Ελλάδα — “ειδήσεις”')).toEqual(['ελλάδα', 'ειδήσεις']);
  });

  it('keep a Turkish dotted capital İ in its word', () => {
    expect(words("İzmir'den görüntüler")).toHaveLength(3);
  });

  it('score the story\'s heading over the site\'s name', () => {
    const titles = [words('Council votes on the bridge | The Daily'), words('Council votes on the bridge')];
    expect(titleScore('Council votes on the bridge', titles)).toBe(1);
    expect(titleScore('The Daily', titles)).toBeLessThan(0.5);
  });
});
