const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', plus: '+', colon: ':', nbsp: ' ', period: '.', sol: '/' };

/** Numeric character references and the few named ones a date can hold. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,6}));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1;
    if (code >= 0) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return NAMED_ENTITIES[name!.toLowerCase()] ?? whole;
  });
}
