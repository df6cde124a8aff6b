/** One day in milliseconds: how far apart two stamps' days are, and how old a page is, are counted in it. */
export const DAY_MS = 86_400_000;
