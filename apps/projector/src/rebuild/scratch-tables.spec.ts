import { isBuiltWhenFinished, isSearchIndex, retarget, scratchSchemaName, sharedTables } from './scratch-tables';

describe('the scratch schema of a rebuild', () => {
  it('is named after the projection and the version it builds', () => {
    expect(scratchSchemaName({ name: 'documents', version: 2 })).toBe('rebuild_documents_v2');
    expect(scratchSchemaName({ name: 'Document-Texts', version: 1 })).toBe('rebuild_document_texts_v1');
  });

  it('keeps within the 63 bytes of an identifier, version included', () => {
    const name = scratchSchemaName({ name: 'x'.repeat(100), version: 12 });
    expect(name).toHaveLength(63);
    expect(name.endsWith('_v12')).toBe(true);
  });
});

describe('pointing a definition at the scratch schema', () => {
  const tables = new Map([
    ['public.documents', '"rebuild_documents_v2"."documents"'],
    ['public.amendments', '"rebuild_documents_v2"."amendments"'],
  ]);

  it('moves an index onto the scratch table, keeping its name', () => {
    expect(
      retarget('CREATE INDEX documents_of_consultation ON public.documents USING btree (consultation_id, registered_at, id)', tables),
    ).toBe('CREATE INDEX documents_of_consultation ON "rebuild_documents_v2"."documents" USING btree (consultation_id, registered_at, id)');
  });

  it('points a foreign key at the scratch table of the same projection, and leaves other tables alone', () => {
    expect(retarget('FOREIGN KEY (document_id) REFERENCES public.documents(id)', tables)).toBe(
      'FOREIGN KEY (document_id) REFERENCES "rebuild_documents_v2"."documents"(id)',
    );
    expect(retarget('FOREIGN KEY (consultation_id) REFERENCES public.consultations(id)', tables)).toBe(
      'FOREIGN KEY (consultation_id) REFERENCES public.consultations(id)',
    );
  });

  it('does not take a longer table name for one of its own', () => {
    expect(retarget('CREATE INDEX x ON public.documents_archive USING btree (id)', tables)).toBe(
      'CREATE INDEX x ON public.documents_archive USING btree (id)',
    );
  });
});

describe('tables claimed by more than one projection', () => {
  it('are named with their claimants', () => {
    const shared = sharedTables([
      { name: 'documents', tables: ['documents', 'amendments'] },
      { name: 'compilation', tables: ['compilation_amendments', 'amendments'] },
      { name: 'stakeholders', tables: ['stakeholders'] },
    ]);
    expect([...shared]).toEqual([['amendments', ['documents', 'compilation']]]);
  });

  it('are none when each projection writes its own', () => {
    expect(
      sharedTables([
        { name: 'a', tables: ['a'] },
        { name: 'b', tables: ['b'] },
      ]).size,
    ).toBe(0);
  });
});

describe('search indexes, built when a rebuild finishes', () => {
  it('are the GIN and GiST indexes, not the btree lookups the projections use while they fill', () => {
    expect(isSearchIndex('CREATE INDEX search_entries_trgm ON public.search_entries USING gin (key gin_trgm_ops)')).toBe(true);
    expect(isSearchIndex('CREATE INDEX places ON public.t USING gist (area)')).toBe(true);
    expect(isSearchIndex('CREATE INDEX history_by_subject ON public.history USING btree (consultation_id, "position")')).toBe(false);
    expect(isSearchIndex('CREATE INDEX ginger ON public.t USING btree (gin_column)')).toBe(false);
  });
});

describe('indexes built once the scratch tables are filled', () => {
  const btree = {
    name: 'history_by_subject',
    unique: false,
    definition: 'CREATE INDEX history_by_subject ON public.history USING btree (consultation_id, "position")',
  };
  const gin = {
    name: 'history_by_provision',
    unique: false,
    definition: 'CREATE INDEX history_by_provision ON public.history USING gin (provisions)',
  };
  const unique = {
    name: 'history_event',
    unique: true,
    definition: 'CREATE UNIQUE INDEX history_event ON public.history USING btree (event_id)',
  };

  it('are every index the projection does not look rows up by, when it says which it does', () => {
    expect(isBuiltWhenFinished(btree, new Set())).toBe(true);
    expect(isBuiltWhenFinished(gin, new Set())).toBe(true);
    expect(isBuiltWhenFinished(btree, new Set(['history_by_subject']))).toBe(false);
  });

  it('are the search indexes only, when it does not say', () => {
    expect(isBuiltWhenFinished(btree, undefined)).toBe(false);
    expect(isBuiltWhenFinished(gin, undefined)).toBe(true);
  });

  it('are never the unique ones, which decide what an upsert does', () => {
    expect(isBuiltWhenFinished(unique, new Set())).toBe(false);
    expect(isBuiltWhenFinished(unique, undefined)).toBe(false);
  });
});
