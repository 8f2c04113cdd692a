// A worker script that fails before it can read anything: the pool must fall back to reading in-process.
throw new Error('cannot start');
