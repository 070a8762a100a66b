namespace Parley.Store;

/// <summary>The store's schema as an ordered list of migrations; the database's <c>user_version</c> counts those applied.</summary>
public static class Schema
{
    /// <summary>The migrations, oldest first. Never edit one that has shipped: append a new one.</summary>
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE stories (
            id            INTEGER PRIMARY KEY,
            first_document INTEGER,
            documents     INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE documents (
            id            INTEGER PRIMARY KEY,
            doc           TEXT NOT NULL,
            origin        TEXT NOT NULL,
            format        TEXT NOT NULL,
            title         TEXT,
            outlet        TEXT,
            published     TEXT,
            byline        TEXT,
            url           TEXT,
            language      TEXT,
            text          TEXT NOT NULL,
            content_hash  BLOB NOT NULL UNIQUE,
            story_id      INTEGER NOT NULL REFERENCES stories(id),
            signature     BLOB,
            ingested_at   TEXT NOT NULL
        );
        CREATE INDEX documents_story ON documents(story_id);
        CREATE INDEX documents_published ON documents(published);
        CREATE INDEX documents_outlet ON documents(outlet);
        CREATE TABLE cites (
            document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position      INTEGER NOT NULL,
            organisation  TEXT NOT NULL,
            PRIMARY KEY (document_id, position)
        );
        CREATE INDEX cites_organisation ON cites(organisation);
        CREATE TABLE story_bands (
            band_hash     INTEGER NOT NULL,
            document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            PRIMARY KEY (band_hash, document_id)
        ) WITHOUT ROWID;
        CREATE TABLE claims (
            id            INTEGER PRIMARY KEY,
            document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            actor         TEXT NOT NULL,
            act           TEXT NOT NULL,
            issue         TEXT NOT NULL,
            stance        TEXT NOT NULL,
            speaker       TEXT,
            start_offset  INTEGER NOT NULL,  -- the evidence sentence is substr(documents.text, start_offset + 1, end_offset - start_offset)
            end_offset    INTEGER NOT NULL,
            attribution   TEXT NOT NULL,
            via           TEXT,           -- JSON array of organisations, outermost first
            hedged        INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX claims_document ON claims(document_id);
        CREATE INDEX claims_actor_issue ON claims(actor, issue);
        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
        );
        -- Merge index segments less eagerly: ingest is write-heavy; 'parley' can optimise later.
        INSERT INTO documents_fts(documents_fts, rank) VALUES ('automerge', 16);
        INSERT INTO documents_fts(documents_fts, rank) VALUES ('crisismerge', 64);
        CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        END;
        """,
    ];
}
