/**
 * Who is logged in: GET /api/auth/me (user, abilities, scope, CSRF token), cached by TanStack Query.
 * The abilities decide what the UI shows; the server still refuses what it must.
 */
import type { Permission } from '@core/access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect } from 'react';
import { Navigate, useLocation } from 'react-router';
import { api, setCsrfToken, setUnauthorizedHandler } from '../lib/api';
import { FullPageSpin } from './full-page-spin';

export interface Me {
  user: {
    id: string;
    username: string;
    displayName: string;
    orgId: string;
    roles: string[];
    roleLabels: string[];
    locale: string;
    partyMember: boolean;
  };
  /** The roles' permissions, less the queue ones the user cannot use on `hall` (server effectiveAbilities). */
  abilities: string[];
  /** The hall whose queue the console works for this user; null when their scope runs none. */
  hall: { id: string; name: string } | null;
  scopeOrgIds: string[];
  csrfToken: string;
}

export const ME_KEY = ['auth', 'me'] as const;

/** GET /api/auth/me answers 200 `{ user: null }` when nobody is logged in (no 401 on the login page). */
async function fetchMe(): Promise<Me | null> {
  const me = await api.get<Me | { user: null }>('/api/auth/me');
  if (!me.user) {
    setCsrfToken(undefined);
    return null;
  }
  setCsrfToken(me.csrfToken);
  return me;
}

/** The current user, `null` when logged out, `undefined` while loading. */
export function useMeQuery() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000, retry: 1 });
}

const MeContext = createContext<Me | null>(null);

/** The logged-in user; only inside <RequireAuth>. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe() outside <RequireAuth>');
  return me;
}

/** Whether the logged-in user's roles grant `permission`. */
export function useCan(permission: Permission): boolean {
  return useMe().abilities.includes(permission);
}

export function hasAbility(me: Me, permission: Permission): boolean {
  return me.abilities.includes(permission);
}

const EXPIRED_KEY = 'lawhall.session-expired';

/**
 * Set from a logout until the next login: the 401s of the queries still on their way when the session was
 * ended on purpose are not an expiry (the login page would say 登录已过期 next to 已退出登录).
 */
let loggedOut = false;

function markSessionExpired(): void {
  try {
    sessionStorage.setItem(EXPIRED_KEY, '1');
  } catch {
    // storage blocked: the login page just won't say why
  }
}

/** Whether the session ran out mid-work (a 401 from the API), so the login page can say so. */
export function wasSessionExpired(): boolean {
  try {
    return sessionStorage.getItem(EXPIRED_KEY) === '1';
  } catch {
    return false;
  }
}

function clearSessionExpired(): void {
  try {
    sessionStorage.removeItem(EXPIRED_KEY);
  } catch {
    // storage blocked: nothing was stored
  }
}

/** Where a 401 sends the user: the login page, remembering where they were. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const location = useLocation();
  const { data: me, isPending, error, refetch } = useMeQuery();

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setCsrfToken(undefined);
      if (!loggedOut) markSessionExpired();
      queryClient.setQueryData(ME_KEY, null);
    });
    return () => setUnauthorizedHandler(undefined);
  }, [queryClient]);

  if (isPending) return <FullPageSpin />;
  if (error) return <FullPageSpin error={error} onRetry={() => void refetch()} />;
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <MeContext.Provider value={me}>{children}</MeContext.Provider>;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) =>
      api.post<{ ok: true; csrfToken: string }>('/api/auth/login', input),
    onSuccess: async (reply) => {
      setCsrfToken(reply.csrfToken);
      loggedOut = false;
      clearSessionExpired();
      queryClient.removeQueries();
      await queryClient.fetchQuery({ queryKey: ME_KEY, queryFn: fetchMe });
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ok: boolean }>('/api/auth/logout'),
    onMutate: () => {
      loggedOut = true;
    },
    onSettled: () => {
      clearSessionExpired();
      setCsrfToken(undefined);
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, null);
    },
  });
}
