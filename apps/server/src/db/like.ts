/** LIKE patterns for user text: `%`, `_` and `\` in the text match themselves, never act as wildcards. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

export const containsPattern = (text: string) => `%${escapeLike(text)}%`;
export const prefixPattern = (text: string) => `${escapeLike(text)}%`;
