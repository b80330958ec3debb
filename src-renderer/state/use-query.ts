import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../shared/result';
import { invoke, type ApiMethod, type MethodInput, type MethodOutput } from '../api/client';
import { useApp } from './app-store';

export interface Query<T> {
  data: T | null;
  error: AppError | null;
  reload(): Promise<void>;
}

/** Fetches with an api method, again whenever the input changes or any change is saved. */
export function useQuery<M extends ApiMethod>(method: M, input: MethodInput<M> | null): Query<MethodOutput<M>> {
  const version = useApp((s) => s.version);
  const [data, setData] = useState<MethodOutput<M> | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const key = input === null ? null : JSON.stringify(input);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    if (key === null) return;
    const call = ++latest.current;
    const result = await (invoke as (m: ApiMethod, i: unknown) => Promise<{ ok: true; value: MethodOutput<M> } | { ok: false; error: AppError }>)(method, JSON.parse(key));
    if (call !== latest.current) return;
    if (result.ok) {
      setData(result.value);
      setError(null);
    } else {
      setError(result.error);
    }
  }, [method, key]);

  useEffect(() => {
    void reload();
  }, [reload, version]);

  return { data, error, reload };
}
