/**
 * Sentences that are page furniture even inside the article body: photo credits and captions,
 * newsletter and app promos, headlines in capitals, "read more" links, author bios and wire sign-offs. Each pattern is
 * bounded (no unbounded lookaround), so it runs in linear time on any sentence.
 */
const FURNITURE: readonly RegExp[] = [
  /\((?:photo|image|picture|file photo|video)\b|\b(?:photo|image|photograph|picture|illustration|video)(?: credit)?: |\b(?:Getty Images|AP Photo|AFP via Getty|Shutterstock|Reuters\/[A-Z])/i,
  /\b(?:subscribe|sign up|newsletter|download (?:the|our) app|join (?:the )?[\d,.]+\+? readers|follow (?:us|him|her|them) on|click here|read more|listen to this article)\b/i,
  /^(?:MORE|RELATED|READ MORE|WATCH|LISTEN|ALSO READ|SEE ALSO|VIDEO|PHOTOS?)\s?:/,
  /\b(?:a|our|the) (?:short |weekly |daily |free |new )?(?:email|newsletter|podcast) (?:that|which|from)\b/i,
  /^[^a-z]{20,}$/,
  /\b(?:reporting by|editing by|writing by|additional reporting|contributed to this report|is a (?:staff )?(?:reporter|correspondent|writer|columnist) (?:for|at|with))\b/i,
];

export const isFurniture = (sentence: string): boolean => FURNITURE.some((pattern) => pattern.test(sentence));
