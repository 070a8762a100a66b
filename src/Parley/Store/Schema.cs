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
        """
        -- 2: positions. Each claim carries its date (publication, else ingest: flagged), its story and,
        -- when astral characters precede it, the evidence's code-point offsets (SQLite's substr counts
        -- code points; start_offset/end_offset are UTF-16 offsets). position_cells is maintained by the
        -- writer: per actor, issue and stance ('for', 'against', and '' for both together) the claims'
        -- counts, dates and latest act, and the story clusters counted by their strongest claim.
        ALTER TABLE claims ADD COLUMN day INTEGER;                               -- the claim's date: days since 0001-01-01 (.NET DateOnly.DayNumber)
        ALTER TABLE claims ADD COLUMN date_is_ingest INTEGER NOT NULL DEFAULT 0; -- 1 when day is the ingest date (no publication date)
        ALTER TABLE claims ADD COLUMN story_id INTEGER;                          -- documents.story_id, copied
        ALTER TABLE claims ADD COLUMN cp_start INTEGER;                          -- code-point offsets of the evidence, NULL when equal to start_offset/end_offset
        ALTER TABLE claims ADD COLUMN cp_end INTEGER;
        ALTER TABLE claims ADD COLUMN flags INTEGER NOT NULL DEFAULT 0;          -- ClaimFlags: bit 0 against, bits 1-2 act, bits 3-5 attribution, bit 6 hedged, bit 7 date_is_ingest
        UPDATE claims SET
            story_id = d.story_id,
            date_is_ingest = d.published IS NULL,
            day = CAST(julianday(coalesce(d.published, substr(d.ingested_at, 1, 10))) - 1721425.5 AS INTEGER)
        FROM documents d WHERE d.id = claims.document_id;
        UPDATE claims SET flags = (stance = 'against')
            + 2 * CASE act WHEN 'demand' THEN 0 WHEN 'propose' THEN 1 WHEN 'accept' THEN 2 ELSE 3 END
            + 8 * CASE attribution WHEN 'on_record' THEN 0 WHEN 'named_source' THEN 1 WHEN 'anonymous' THEN 2 WHEN 'report' THEN 3 ELSE 4 END
            + 64 * (hedged <> 0) + 128 * date_is_ingest;
        -- One index serves every position query, from the index alone: each cell's claims in date order with
        -- what the map needs of them (a timeline merges the cells' runs; position_cells lists the cells).
        -- A separate date index was measured to cost ingest more than it saves.
        DROP INDEX claims_actor_issue;
        CREATE INDEX claims_actor_issue_day ON claims(actor, issue, day, story_id, flags);
        CREATE TABLE position_cells (
            actor           TEXT NOT NULL,
            issue           TEXT NOT NULL,
            stance          TEXT NOT NULL,     -- 'for', 'against', or '' for all the cell's claims
            claims          INTEGER NOT NULL,
            on_record       INTEGER NOT NULL,  -- claims by attribution kind
            named_source    INTEGER NOT NULL,
            anonymous       INTEGER NOT NULL,
            report          INTEGER NOT NULL,
            unconfirmed     INTEGER NOT NULL,
            hedged          INTEGER NOT NULL,
            ingest_dated    INTEGER NOT NULL,  -- claims dated by their ingest date
            first_day       INTEGER NOT NULL,
            last_day        INTEGER NOT NULL,
            last_day_claims INTEGER NOT NULL,  -- claims on last_day
            last_claim      INTEGER NOT NULL,  -- the latest claim: greatest (day, id)
            last_act        TEXT NOT NULL,     -- its act
            stories         INTEGER NOT NULL,  -- distinct story clusters
            best_on_record           INTEGER NOT NULL,  -- stories whose strongest claim (PositionConfidence.Weight) is of this kind
            best_on_record_hedged    INTEGER NOT NULL,
            best_named_source        INTEGER NOT NULL,
            best_named_source_hedged INTEGER NOT NULL,
            best_anonymous           INTEGER NOT NULL,
            best_anonymous_hedged    INTEGER NOT NULL,
            best_report              INTEGER NOT NULL,
            best_report_hedged       INTEGER NOT NULL,
            best_unconfirmed         INTEGER NOT NULL,
            best_unconfirmed_hedged  INTEGER NOT NULL,
            PRIMARY KEY (actor, issue, stance)
        ) WITHOUT ROWID;
        """ + PositionCellsBackfill,
    ];

    /// <summary>
    /// Fills <c>position_cells</c> from the claims: migration 2's back-fill, and <see cref="ParleyStore.RebuildPositions"/>
    /// after a <c>DELETE</c>. It must give what <see cref="PositionCellsWriter"/> accumulates claim by claim; a change to
    /// the aggregate's meaning needs a new migration that re-runs it.
    /// </summary>
    internal const string PositionCellsBackfill = """
        INSERT INTO position_cells
        WITH c AS (
            SELECT actor, issue, stance AS row, act, attribution, hedged, date_is_ingest, day, id, story_id,
                   CASE attribution WHEN 'on_record' THEN 0 WHEN 'named_source' THEN 1 WHEN 'report' THEN 2 WHEN 'anonymous' THEN 4 ELSE 7 END
                   + CASE WHEN hedged = 0 THEN 0 WHEN attribution = 'on_record' THEN 3 WHEN attribution = 'named_source' THEN 4 WHEN attribution = 'report' THEN 4 WHEN attribution = 'anonymous' THEN 4 ELSE 2 END AS rank
            FROM claims
            UNION ALL
            SELECT actor, issue, '', act, attribution, hedged, date_is_ingest, day, id, story_id,
                   CASE attribution WHEN 'on_record' THEN 0 WHEN 'named_source' THEN 1 WHEN 'report' THEN 2 WHEN 'anonymous' THEN 4 ELSE 7 END
                   + CASE WHEN hedged = 0 THEN 0 WHEN attribution = 'on_record' THEN 3 WHEN attribution = 'named_source' THEN 4 WHEN attribution = 'report' THEN 4 WHEN attribution = 'anonymous' THEN 4 ELSE 2 END
            FROM claims
        ),
        totals AS (
            SELECT actor, issue, row, count(*) AS claims,
                   sum(attribution = 'on_record') AS on_record, sum(attribution = 'named_source') AS named_source,
                   sum(attribution = 'anonymous') AS anonymous, sum(attribution = 'report') AS report,
                   sum(attribution NOT IN ('on_record', 'named_source', 'anonymous', 'report')) AS unconfirmed,
                   sum(hedged <> 0) AS hedged, sum(date_is_ingest) AS ingest_dated, min(day) AS first_day, max(day) AS last_day
            FROM c GROUP BY actor, issue, row
        ),
        latest AS (
            SELECT actor, issue, row, day, id, act,
                   count(*) OVER (PARTITION BY actor, issue, row, day) AS same_day,
                   row_number() OVER (PARTITION BY actor, issue, row ORDER BY day DESC, id DESC) AS n
            FROM c
        ),
        story AS (
            SELECT actor, issue, row, min(rank) AS rank FROM c GROUP BY actor, issue, row, story_id
        ),
        stories AS (
            SELECT actor, issue, row, count(*) AS stories,
                   sum(rank = 0) AS r0, sum(rank = 3) AS r3, sum(rank = 1) AS r1, sum(rank = 5) AS r5, sum(rank = 4) AS r4,
                   sum(rank = 8) AS r8, sum(rank = 2) AS r2, sum(rank = 6) AS r6, sum(rank = 7) AS r7, sum(rank = 9) AS r9
            FROM story GROUP BY actor, issue, row
        )
        SELECT t.actor, t.issue, t.row, t.claims, t.on_record, t.named_source, t.anonymous, t.report, t.unconfirmed, t.hedged, t.ingest_dated,
               t.first_day, t.last_day, l.same_day, l.id, l.act, s.stories,
               s.r0, s.r3, s.r1, s.r5, s.r4, s.r8, s.r2, s.r6, s.r7, s.r9
        FROM totals t
        JOIN latest l ON l.actor = t.actor AND l.issue = t.issue AND l.row = t.row AND l.n = 1
        JOIN stories s ON s.actor = t.actor AND s.issue = t.issue AND s.row = t.row;
        """;
}
