import { useState } from 'react';

import { refuseLargeFile, type JsonFileLimits } from '@/lib/codecs/read-json-file';

import { useWords } from './page-words';

/** A file that could not be taken in: its name and every problem, in words. */
export interface FileRefusal {
  readonly name: string;
  readonly problems: readonly string[];
}

/** What the file field says, and the file it accepts. */
export interface FileImportOptions extends Pick<JsonFileLimits, 'maxBytes' | 'kind'> {
  readonly label: string;
  readonly hint: string;
}

/** Reads a file's text and acts on it; returns the problems when it refuses the file. */
export type FileImporter = (file: File) => Promise<readonly string[] | null>;

/**
 * Reads the file chosen in a FileField with `importFile`, one at a time: a file larger than the
 * limits allow is refused unread, and one the browser cannot read is refused in words. The input
 * is cleared, so that the same file picked again after fixing it fires a change again.
 */
export function useFileImport(options: FileImportOptions, importFile: FileImporter) {
  const { label, hint, ...limits } = options;
  const words = useWords('decoders');
  const [refusal, setRefusal] = useState<FileRefusal | null>(null);
  const [reading, setReading] = useState(false);

  const open = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setRefusal(null);
    const tooLarge = refuseLargeFile(file.size, limits, words);
    if (tooLarge) {
      setRefusal({ name: file.name, problems: [tooLarge] });
      return;
    }
    setReading(true);
    try {
      const problems = await importFile(file);
      if (problems) setRefusal({ name: file.name, problems });
    } catch {
      setRefusal({ name: file.name, problems: [words.jsonFile.unreadable] });
    } finally {
      setReading(false);
    }
  };

  return {
    refusal,
    /** The props of the FileField that chooses the file. */
    field: {
      label,
      hint,
      disabled: reading,
      onFile: (input: HTMLInputElement) => void open(input),
    },
  };
}
