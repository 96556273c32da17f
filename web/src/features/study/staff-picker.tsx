import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { api } from '../../lib/api';
import { useStudyMessages } from './messages';

interface MemberOption {
  id: string;
  displayName: string;
  unit: string;
}

/**
 * A picker of the bureau's own staff (GET /api/study/members: the programme's audience, not other bureaus
 * and not law firms' lawyers), searched by name: 分办 an opinion, record a talk.
 */
export function StaffPicker({ value, onChange }: { value?: string; onChange?: (id: string) => void }) {
  const m = useStudyMessages();
  const [q, setQ] = useState('');
  const list = useQuery({
    queryKey: ['study', 'members', q],
    queryFn: () => api.get<{ items: MemberOption[] }>('/api/study/members', { q }),
  });
  return (
    <Select
      showSearch
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setQ}
      placeholder={m('searchByName')}
      loading={list.isPending}
      options={(list.data?.items ?? []).map((s) => ({
        value: s.id,
        label: `${s.displayName}（${s.unit}）`,
      }))}
    />
  );
}
