"""Schema migrations, in order. The database's `user_version` is the number applied last.

Never edit a migration that has shipped: add a new one.
"""

MIGRATIONS: list[str] = [
    # 1: translation versions (append-only) and the glossary.
    """
    CREATE TABLE translation_versions (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL,
        sentence_id TEXT NOT NULL,
        lang TEXT NOT NULL,
        text TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'edited', 'approved')),
        origin TEXT NOT NULL CHECK (origin IN ('machine', 'import', 'sample', 'human')),
        origin_detail TEXT NOT NULL DEFAULT '{}',
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        parent_id INTEGER REFERENCES translation_versions(id),
        conflict_with INTEGER REFERENCES translation_versions(id)
    );
    CREATE INDEX ix_versions_sentence
        ON translation_versions (article_id, sentence_id, lang, id);
    CREATE TABLE imported_files (
        path TEXT PRIMARY KEY,
        sha256 TEXT NOT NULL,
        imported_at TEXT NOT NULL
    );
    CREATE TABLE glossary_entries (
        id INTEGER PRIMARY KEY,
        note TEXT NOT NULL DEFAULT '',
        rev INTEGER NOT NULL DEFAULT 1,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE glossary_variants (
        entry_id INTEGER NOT NULL REFERENCES glossary_entries(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        lang TEXT NOT NULL,
        term TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('preferred', 'admitted', 'deprecated')),
        PRIMARY KEY (entry_id, position)
    );
    CREATE TABLE glossary_history (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL,
        rev INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
        snapshot TEXT NOT NULL,
        author TEXT NOT NULL,
        at TEXT NOT NULL
    );
    """,
    # 2: machine-translation cache, keyed by a hash of (sentence, model, decoding settings).
    """
    CREATE TABLE mt_cache (
        key TEXT PRIMARY KEY,
        output TEXT NOT NULL,
        model TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    """,
    # 3: reviewers' decisions about name variant groups, append-only; an undo is a row too.
    """
    CREATE TABLE name_decisions (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('dismiss', 'merge', 'split', 'undo')),
        payload TEXT NOT NULL DEFAULT '{}',
        undoes INTEGER REFERENCES name_decisions(id),
        author TEXT NOT NULL,
        at TEXT NOT NULL,
        CHECK ((kind = 'undo') = (undoes IS NOT NULL))
    );
    CREATE UNIQUE INDEX ux_name_decisions_undoes ON name_decisions (undoes);
    """,
    # 4: the store's identity, created once: exports carry it, so an import can tell whether
    # the file's entry ids and revisions are this store's (and never match another's). The
    # index finds an entry's history, and the highest id ever used (ids are never reused).
    """
    CREATE INDEX ix_glossary_history_entry ON glossary_history (entry_id, id);
    CREATE TABLE store_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    INSERT INTO store_meta (key, value)
        SELECT 'store_id', substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3)
            || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(h, 18, 3)
            || '-' || substr(h, 21, 12)
        FROM (SELECT lower(hex(randomblob(16))) AS h);
    """,
    # 5: reviewers' dismissals of check findings, append-only; an undo is a row too.
    """
    CREATE TABLE finding_dismissals (
        id INTEGER PRIMARY KEY,
        finding_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('dismiss', 'undo')),
        detail TEXT NOT NULL DEFAULT '{}',
        undoes INTEGER REFERENCES finding_dismissals(id),
        author TEXT NOT NULL,
        at TEXT NOT NULL,
        CHECK ((kind = 'undo') = (undoes IS NOT NULL))
    );
    CREATE UNIQUE INDEX ux_finding_dismissals_undoes ON finding_dismissals (undoes);
    CREATE INDEX ix_finding_dismissals_finding ON finding_dismissals (finding_id, id);
    """,
    # 6: the article index: each article's paragraphs, sentences and source-language name
    # mentions as computed from its content hash (text, sidecar, rules), so unchanged articles
    # are never split again. Rows of an article go with it (ON DELETE CASCADE). Columns avoid
    # the words START and END, reserved in PostgreSQL.
    """
    CREATE TABLE index_articles (
        article_id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        lang TEXT NOT NULL,
        title TEXT NOT NULL,
        byline TEXT,
        outlet TEXT,
        date TEXT,
        indexed_at TEXT NOT NULL
    );
    CREATE TABLE index_paragraphs (
        article_id TEXT NOT NULL REFERENCES index_articles (article_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        char_start INTEGER NOT NULL,
        char_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('title', 'byline', 'text', 'furniture')),
        PRIMARY KEY (article_id, position)
    );
    CREATE TABLE index_sentences (
        article_id TEXT NOT NULL REFERENCES index_articles (article_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        sentence_id TEXT NOT NULL,
        paragraph INTEGER NOT NULL,
        char_start INTEGER NOT NULL,
        char_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        furniture INTEGER NOT NULL CHECK (furniture IN (0, 1)),
        PRIMARY KEY (article_id, position),
        UNIQUE (article_id, sentence_id)
    );
    CREATE TABLE index_name_mentions (
        article_id TEXT NOT NULL REFERENCES index_articles (article_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        sentence_id TEXT NOT NULL,
        char_start INTEGER NOT NULL,
        char_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        lemma TEXT NOT NULL,
        PRIMARY KEY (article_id, position)
    );
    """,
    # 7: stored check findings. A row of `check_versions` says a head version was checked
    # against its article's English with that hash (its findings, if any, in `check_findings`);
    # `check_glossary` is the glossary those findings hold for (each entry's id, revision and
    # forms), and `check_state` the ids of the checks that ran, so a glossary edit rechecks
    # only the versions it can touch. Findings go with their version (ON DELETE CASCADE).
    # ix_versions_heads covers the query for the heads of every sentence in one language.
    """
    CREATE INDEX ix_versions_heads
        ON translation_versions (lang, conflict_with, article_id, sentence_id, id);
    CREATE TABLE check_versions (
        version_id INTEGER PRIMARY KEY REFERENCES translation_versions (id),
        source_hash TEXT NOT NULL
    );
    CREATE TABLE check_findings (
        version_id INTEGER NOT NULL REFERENCES check_versions (version_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        check_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        entry_id INTEGER NOT NULL,
        english TEXT NOT NULL,
        found TEXT,
        char_start INTEGER,
        char_end INTEGER,
        suggestion TEXT,
        message TEXT NOT NULL,
        PRIMARY KEY (version_id, position)
    );
    CREATE TABLE check_glossary (
        entry_id INTEGER PRIMARY KEY,
        rev INTEGER NOT NULL,
        variants TEXT NOT NULL
    );
    CREATE TABLE check_state (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 8: each imported translation file's size and modification time (ns) when it was read,
    # so an unchanged file is not read and hashed again. BIGINT: nanoseconds since 1970 do not
    # fit PostgreSQL's INTEGER (SQLite reads either as its integer). And conflicting saves a
    # reviewer settled by keeping the other text (versions stay append-only).
    """
    ALTER TABLE imported_files ADD COLUMN size BIGINT;
    ALTER TABLE imported_files ADD COLUMN mtime_ns BIGINT;
    CREATE TABLE settled_conflicts (
        version_id INTEGER PRIMARY KEY REFERENCES translation_versions (id),
        kept_id INTEGER NOT NULL REFERENCES translation_versions (id),
        author TEXT NOT NULL,
        at TEXT NOT NULL
    );
    """,
    # 9: name mentions per translation version. Versions are append-only and never change,
    # so a version id and the hash of its language's extraction rules say exactly what the
    # mentions were computed from; a version indexed under other rules is indexed again.
    # Mentions go with their version's row (ON DELETE CASCADE). The name groups of the
    # corpus's last few sets of names are kept by a hash of the names and the grouping rules
    # (JSON: each group's label, key, members and the full names a bare name may be), as
    # grouping thousands of names takes seconds.
    """
    CREATE TABLE index_versions (
        version_id INTEGER PRIMARY KEY REFERENCES translation_versions (id) ON DELETE CASCADE,
        rules_hash TEXT NOT NULL,
        indexed_at TEXT NOT NULL
    );
    CREATE TABLE index_version_mentions (
        version_id INTEGER NOT NULL REFERENCES index_versions (version_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        char_start INTEGER NOT NULL,
        char_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        lemma TEXT NOT NULL,
        PRIMARY KEY (version_id, position)
    );
    CREATE TABLE index_name_groups (
        inputs_hash TEXT PRIMARY KEY,
        groups TEXT NOT NULL,
        computed_at TEXT NOT NULL
    );
    """,
    # 10: what the last complete update of the translation-version mentions saw (the store's
    # version, each language's rules hash), so `index` with nothing new reads no head.
    """
    CREATE TABLE index_state (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 11: the `names` listing last computed, under a hash of all it depends on (articles, the
    # store's version, the rules), so `names` with nothing changed answers from one row.
    """
    CREATE TABLE index_name_listings (
        state_hash TEXT PRIMARY KEY,
        listing TEXT NOT NULL,
        computed_at TEXT NOT NULL,
        seq INTEGER NOT NULL,
        whole INTEGER NOT NULL
    );
    """,
    # 12: what the `names` listing needs of each article (its names' counts, spellings and
    # examples, the names of each sentence), under a hash of the article's text, its
    # translation heads and the rules: a listing after one edit merges the kept parts and
    # summarizes the edited article alone.
    """
    CREATE TABLE index_name_summaries (
        article_id TEXT PRIMARY KEY,
        summary_key TEXT NOT NULL,
        summary TEXT NOT NULL
    );
    """,
    # 13: beside each set of name groups, the grouping rules' hash, each name's component and
    # block keys (JSON) and the number of names, so that a set differing by a few names is
    # grouped from the last one of about its size under the same rules, regrouping only what
    # the change touches.
    """
    ALTER TABLE index_name_groups ADD COLUMN rules_hash TEXT;
    ALTER TABLE index_name_groups ADD COLUMN components TEXT;
    ALTER TABLE index_name_groups ADD COLUMN names_count INTEGER;
    """,
    # 14: every head's status, read from the index alone (the table's pages hold the texts):
    # counting the progress of a whole archive (`corpus`) reads no text. And what each
    # article file's stamps (size, times, inode, its sidecar's too) and the rules' version
    # were when its content hash was computed: a new process reads again only the files whose
    # stamps changed.
    """
    CREATE INDEX ix_versions_head_status
        ON translation_versions (conflict_with, lang, article_id, sentence_id, id, status);
    CREATE TABLE index_file_stamps (
        article_id TEXT PRIMARY KEY,
        stamp TEXT NOT NULL,
        content_hash TEXT NOT NULL
    );
    """,
    # 15: the counts the last listing of all names was merged from (JSON), under a hash of
    # the rules: the listing after an edit subtracts the edited article's part and adds its
    # new summary instead of merging every summary again.
    """
    CREATE TABLE index_name_counts (
        rules_hash TEXT PRIMARY KEY,
        counts TEXT NOT NULL,
        computed_at TEXT NOT NULL
    );
    """,
]
