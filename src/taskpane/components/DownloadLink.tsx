import { Link } from '@fluentui/react-components';
import { useEffect, useMemo } from 'react';
import { taskpaneMessages as say } from '../../domain/messages/index.js';
import type { Download } from '../workspace.js';

/** A link that saves a file made in the pane (master workbook, merged master, zip of returns). */
export function DownloadLink({ download }: { download: Download }) {
  const url = useMemo(() => URL.createObjectURL(new Blob([download.bytes as Uint8Array<ArrayBuffer>], { type: download.mime })), [download]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <Link href={url} download={download.fileName}>
      {say.download(download.fileName)}
    </Link>
  );
}
