import { SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type RefSelectProps, Select } from 'antd';
import { useRef, useState } from 'react';
import { useCan } from '../../app/auth';
import { api, type Page } from '../../lib/api';
import { useDebounced } from '../../lib/use-debounced';
import { useIntakeMessages } from './intake-messages';
import type { PickedPerson } from './intake-values';

/**
 * 选用已登记人员: finds the applicant among the shared person records — by name, pinyin (full or initials),
 * ID number or phone, full or last four — through POST /api/persons/search (the number stays out of URLs;
 * the list shows masked numbers only). The search waits for typing to pause (250 ms) and is keyed by its
 * text, so an older reply never replaces a newer one. Hidden without `person.read`.
 */
export function ApplicantPicker({ onPick }: { onPick: (person: PickedPerson) => void }) {
  const m = useIntakeMessages();
  const allowed = useCan('person.read');
  const [text, setText] = useState('');
  const select = useRef<RefSelectProps>(null);
  const term = useDebounced(text.trim(), 250);
  const found = useQuery({
    queryKey: ['persons', 'search', term],
    queryFn: () => api.post<Page<PickedPerson>>('/api/persons/search', { q: term, pageSize: 20 }),
    enabled: allowed && term !== '',
    placeholderData: keepPreviousData,
  });
  if (!allowed) return null;
  const options = term ? (found.data?.items ?? []) : [];
  return (
    <Select
      ref={select}
      showSearch
      allowClear={false}
      aria-label={m('pickPerson')}
      data-testid="applicant-picker"
      className="la-applicant-picker"
      placeholder={m('pickPersonPlaceholder')}
      suffixIcon={<SearchOutlined />}
      filterOption={false}
      onSearch={setText}
      value={null}
      loading={found.isFetching}
      notFoundContent={term && !found.isFetching ? m('noPersonFound') : null}
      options={options.map((p) => ({
        value: p.id,
        label: [p.name, p.idNumberMasked, p.phoneMasked].filter(Boolean).join(' '),
      }))}
      onSelect={(id: string | null) => {
        const person = options.find((p) => p.id === id);
        if (person) {
          onPick(person);
          setText('');
          // Close the list: the card below now shows the chosen record.
          select.current?.blur();
        }
      }}
    />
  );
}
