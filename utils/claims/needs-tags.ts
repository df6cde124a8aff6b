/**
 * Whether a sentence is worth wink-nlp's tagging: the language model is most of the claims step's
 * cost in a fresh popup, and half of a story's sentences cannot use what it finds. What the tags
 * give: numbers as entities (running figures), "will" / "going to" / "hope" as verbs (forecasts),
 * be + -ing, have + verb, a negated "do" and "remain" / "stay" (present states read from tense and tags), and a finite present verb ("rebels
 * control"), a weak cue (weight 3 x 0.4 = 1.2) below the listing bar (MIN_RAW, 1.6) on its own.
 * So a sentence with none of the words below and no cue that patterns or chrono-node find without
 * tags cannot be listed: it is not tagged. "would" / "could" are kept: the forecast veto that tells a
 * general statement reads the tags. Over the corpus the lists are the same either way, but for
 * one German sentence whose "wo" the English model took for the "wo" of "won't".
 */
const NUMBER = /\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|percent)\b/i;
const MODAL = /\b(?:will|won[’']t|shall|going|hop(?:e|es|ed|ing)|would|could)\b/i;
const HAVE = /\b(?:has|have)(?:n[’']t)?\b|[’']ve\b/i;
const DO_NOT = /\b(?:does|do)(?:\s+not\b|n[’']t\b)/i;
const REMAIN = /\b(?:remain(?:s|ed)?|stay(?:s|ed)?)\b/i;
/** be, then at most three words, then an -ing word: bounded, so linear on any input. */
const BE_ING = /(?:\b(?:is|are|am|was|were)(?:n[’']t)?|[’'](?:s|re))(?:\s+\S+){0,3}?\s+\w+ing\b/i;

export const mayNeedTags = (text: string): boolean => NUMBER.test(text) || MODAL.test(text) || HAVE.test(text) || DO_NOT.test(text) || REMAIN.test(text) || BE_ING.test(text);
