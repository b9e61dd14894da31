/** Text for HTML or SVG markup we write as a string (head tags, the embed code, the share image): safe in an element and in a quoted attribute. */
export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
