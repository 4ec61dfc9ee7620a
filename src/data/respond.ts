// Responses of the downloads. A portal-wide file is sent in pieces: Astro gathers the bytes
// (bounded by memory, not by V8's longest string), and each piece is made only when it is read.
const encoder = new TextEncoder();

export function piecesResponse(pieces: Iterator<string>, contentType: string): Response {
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { 'content-type': contentType } });
}

/** A download small enough to be one string: a table, one disclosure, the headlines. */
export function textResponse(body: string, contentType: string): Response {
  return new Response(body, { headers: { 'content-type': contentType } });
}

export const CSV = 'text/csv; charset=utf-8';
export const JSON_TYPE = 'application/json; charset=utf-8';
