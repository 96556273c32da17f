import { useQuery } from '@tanstack/react-query';
import { getJson } from './public-fetch';

/**
 * The base of the links citizens open on their phones from a QR code (ticket slip, display board): the
 * server's answer (`GET /api/public-config`: LAWHALL_PUBLIC_URL, or the LAN address when this screen was
 * opened on localhost), else this page's own origin.
 */
export function useCitizenBaseUrl(): string {
  const config = useQuery({
    queryKey: ['public-config'],
    queryFn: () => getJson<{ citizenBaseUrl: string | null }>('/api/public-config'),
    staleTime: 10 * 60_000,
    retry: 2,
  });
  return config.data?.citizenBaseUrl ?? window.location.origin;
}
