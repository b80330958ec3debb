import { assemblyWords, type AssemblyWords } from '../../shared/minutes/wording';
import { useApp } from './app-store';

/** The words of the open file's kind: "đại hội" and its "chủ tịch đoàn", or "hội nghị" and its "chủ tọa hội nghị". */
export function useAssemblyWords(): AssemblyWords {
  return assemblyWords(useApp((s) => s.congress?.kind) ?? 'delegates');
}
