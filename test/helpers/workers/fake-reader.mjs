// A stand-in for dist/cli/read-returns-worker.js that misbehaves on cue, by file name: "oom" fills
// its heap, "hang" never answers, "throw" throws outside any handler; any other file is answered as
// read. It speaks the real worker's protocol: { ready } once, then { id, file } per { id, found }.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ id, found }) => {
  const name = found.path.split('/').pop();
  if (name.includes('oom')) {
    const hoard = [];
    for (;;) hoard.push(new Array(1000).fill(hoard.length));
  }
  if (name.includes('hang')) return;
  if (name.includes('throw')) {
    setTimeout(() => {
      throw new Error('reader fault');
    });
    return;
  }
  parentPort.postMessage({ id, file: { file: found.shown, name, kind: 'csv', grid: { sheets: [] } } });
});
parentPort.postMessage({ ready: true });
