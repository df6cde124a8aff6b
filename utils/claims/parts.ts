/** The parts of the claims step a benchmark may time apart (see ScanOptions.timed). */
export type ClaimsPart = 'guard' | 'paragraphs' | 'split' | 'tag' | 'view' | 'cues';

/** The parts run as they are, untimed. A module of its own: the popup needs it without loading the engine. */
export const untimed = <T>(_part: string, work: () => T): T => work();
