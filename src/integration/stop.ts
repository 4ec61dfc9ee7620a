// The error that stops a build. Astro prints its message after "An unhandled error occurred while
// running the hook"; without a stack it prints no stack trace and no code location, which would
// only point at the integration and tell the publisher nothing.
export function buildStopped(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}
