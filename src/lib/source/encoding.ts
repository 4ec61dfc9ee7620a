// Turns a file's bytes into text, or says precisely why it cannot.
// Publishers' files come from Windows editors and PDF tools: GBK, UTF-16 and BOMs happen.

export type EncodingProblem =
  | { kind: 'utf16'; byteOrder: 'LE' | 'BE' }
  | { kind: 'gbk'; line: number; column: number }
  | { kind: 'invalid-utf8'; line: number; column: number }
  | { kind: 'binary'; line: number; column: number };

export type Decoded = { ok: true; text: string; bom: boolean } | { ok: false; problem: EncodingProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Line and column (1-based) of a byte offset, counting columns in bytes of the same line. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Column in characters: decode the valid prefix of the line.
  let column = 1;
  try {
    column = utf8.decode(bytes.subarray(lineStart, offset)).length + 1;
  } catch {
    column = offset - lineStart + 1;
  }
  return { line, column };
}

/** Offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

function looksLikeGbk(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('gbk', { fatal: true }).decode(bytes);
    return /[\u4e00-\u9fff]/.test(text);
  } catch {
    return false;
  }
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: false, problem: { kind: 'utf16', byteOrder: 'LE' } };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: false, problem: { kind: 'utf16', byteOrder: 'BE' } };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    // UTF-16 without a BOM puts a NUL beside every ASCII byte.
    const evenNuls = bytes.length > 3 && bytes[1] === 0 && bytes[3] === 0;
    const oddNuls = bytes.length > 3 && bytes[0] === 0 && bytes[2] === 0;
    if (evenNuls || oddNuls) return { ok: false, problem: { kind: 'utf16', byteOrder: evenNuls ? 'LE' : 'BE' } };
    return { ok: false, problem: { kind: 'binary', ...bytePosition(bytes, nul) } };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const at = bytePosition(body, bad);
    return { ok: false, problem: looksLikeGbk(body) ? { kind: 'gbk', ...at } : { kind: 'invalid-utf8', ...at } };
  }
  return { ok: true, text: utf8.decode(body), bom };
}
