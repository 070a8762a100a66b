using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Parley.Stories;

namespace Parley.Store;

/// <summary>Writes articles through a bounded channel in batched transactions: each batch lands whole or not at all.</summary>
public sealed class StoreWriter : IAsyncDisposable
{
    /// <summary>Articles per transaction.</summary>
    public const int BatchSize = 512;

    /// <summary>The least estimated Jaccard similarity at which two texts are one story.</summary>
    public const double SameStory = 0.5;

    private readonly ParleyStore _store;
    private readonly Channel<PreparedArticle> _channel;
    private readonly Task _loop;
    private readonly Action<StoredArticle>? _onStored;
    private readonly PositionCellsWriter _positions = new();
    private long _added;
    private long _duplicates;
    private long _joined;

    /// <summary>Starts a writer on the store.</summary>
    /// <param name="store">The open store; the writer owns its connection until disposed.</param>
    /// <param name="onStored">Called on the writer's thread after each batch commits, once per article.</param>
    public StoreWriter(ParleyStore store, Action<StoredArticle>? onStored = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _onStored = onStored;
        _channel = Channel.CreateBounded<PreparedArticle>(new BoundedChannelOptions(BatchSize * 4) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues an article, waiting while the queue is full.</summary>
    public ValueTask WriteAsync(PreparedArticle article, CancellationToken cancellationToken = default) => _channel.Writer.WriteAsync(article, cancellationToken);

    /// <summary>Flushes what is queued and returns the totals.</summary>
    public async Task<IngestTotals> CompleteAsync()
    {
        _channel.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        return new IngestTotals(_added, _duplicates, _joined);
    }

    private async Task RunAsync()
    {
        var batch = new List<PreparedArticle>(BatchSize);
        var reader = _channel.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < BatchSize && reader.TryRead(out var article))
            {
                batch.Add(article);
            }

            WriteBatch(batch);
            batch.Clear();
        }
    }

    private void WriteBatch(List<PreparedArticle> batch)
    {
        var connection = _store.Connection;
        var results = new List<StoredArticle>(batch.Count);
        using (var transaction = connection.BeginTransaction())
        {
            using var commands = new Commands(connection, transaction);
            var utcNow = DateTimeOffset.UtcNow;
            var now = utcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            var today = DateOnly.FromDateTime(utcNow.UtcDateTime).DayNumber;
            try
            {
                foreach (var prepared in batch)
                {
                    results.Add(WriteOne(commands, _positions, prepared, now, today));
                }

                _positions.Flush(commands.Position);
            }
            catch
            {
                _positions.Discard();
                throw;
            }

            transaction.Commit();
        }

        foreach (var result in results)
        {
            switch (result.Status)
            {
                case StoreStatus.Added: _added++; break;
                case StoreStatus.AddedToStory: _added++; _joined++; break;
                default: _duplicates++; break;
            }

            _onStored?.Invoke(result);
        }
    }

    private static StoredArticle WriteOne(Commands c, PositionCellsWriter positions, PreparedArticle prepared, string now, int today)
    {
        var article = prepared.Article;
        c.Exists.Parameters["$hash"].Value = prepared.ContentHash;
        if (c.Exists.ExecuteScalar() is long existing)
        {
            return new StoredArticle(article, existing, StoreStatus.Duplicate, 0);
        }

        var (story, similarity) = FindStory(c, prepared.Signature);
        var joined = story is not null;
        if (story is null)
        {
            story = Convert.ToInt64(c.NewStory.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        var p = c.Insert.Parameters;
        p["$doc"].Value = article.Doc;
        p["$origin"].Value = article.Origin;
        p["$format"].Value = article.Format;
        p["$title"].Value = (object?)article.Title ?? DBNull.Value;
        p["$outlet"].Value = (object?)article.Outlet ?? DBNull.Value;
        p["$published"].Value = article.Published is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
        p["$byline"].Value = (object?)article.Byline ?? DBNull.Value;
        p["$url"].Value = (object?)article.Url ?? DBNull.Value;
        p["$language"].Value = (object?)article.Language ?? DBNull.Value;
        p["$text"].Value = article.Text;
        p["$hash"].Value = prepared.ContentHash;
        p["$story"].Value = story.Value;
        p["$signature"].Value = prepared.Signature is { } s ? MinHash.ToBytes(s) : DBNull.Value;
        p["$now"].Value = now;
        var id = Convert.ToInt64(c.Insert.ExecuteScalar(), CultureInfo.InvariantCulture);

        c.Grow.Parameters["$story"].Value = story.Value;
        c.Grow.Parameters["$id"].Value = id;
        c.Grow.ExecuteNonQuery();

        for (var i = 0; i < article.Cites.Count; i++)
        {
            c.Cite.Parameters["$id"].Value = id;
            c.Cite.Parameters["$position"].Value = i;
            c.Cite.Parameters["$organisation"].Value = article.Cites[i];
            c.Cite.ExecuteNonQuery();
        }

        if (prepared.Claims.Count > 0)
        {
            WriteClaims(c, positions, prepared, id, story.Value, joined, article.Published?.DayNumber ?? today);
        }

        if (prepared.Signature is { } signature)
        {
            var bands = MinHash.BandHashes(signature);
            c.Band.Parameters["$id"].Value = id;
            for (var b = 0; b < bands.Length; b++)
            {
                c.Band.Parameters[b + 1].Value = bands[b];
            }

            c.Band.ExecuteNonQuery();
        }

        return new StoredArticle(article, id, joined ? StoreStatus.AddedToStory : StoreStatus.Added, similarity);
    }

    private static void WriteClaims(Commands c, PositionCellsWriter positions, PreparedArticle prepared, long id, long story, bool joined, int day)
    {
        var text = prepared.Article.Text;
        var ingestDated = prepared.Article.Published is null;
        var astral = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDBFF') >= 0;
        positions.BeginArticle(joined ? c.StoryClaims : null, story);
        foreach (var claim in prepared.Claims)
        {
            // SQLite's substr counts code points: with astral characters, keep the evidence's code-point offsets beside the UTF-16 ones.
            var claimId = c.Claim.Insert(id, claim, day, ingestDated, story, astral ? CodePoints(text, claim.Start) : null, astral ? CodePoints(text, claim.End) : null);
            positions.Add(claim.Actor, claim.Issue, StoredNames.Stance(claim.Stance), claim.Act, claim.Attribution.Kind, claim.Hedged, ingestDated, day, claimId);
        }
    }

    /// <summary>The code-point offset of a UTF-16 offset: the offset less the surrogate pairs before it.</summary>
    private static int CodePoints(string text, int offset)
    {
        var end = Math.Clamp(offset, 0, text.Length);
        var pairs = 0;
        var span = text.AsSpan(0, end);
        for (var i = 0; i < span.Length; i++)
        {
            if (char.IsHighSurrogate(span[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                pairs++;
            }
        }

        return end - pairs;
    }

    private static (long? Story, double Similarity) FindStory(Commands c, uint[]? signature)
    {
        if (signature is null)
        {
            return (null, 0);
        }

        var candidates = new HashSet<long>();
        var bands = MinHash.BandHashes(signature);
        for (var b = 0; b < bands.Length; b++)
        {
            c.Candidates.Parameters[b].Value = bands[b];
        }

        using (var reader = c.Candidates.ExecuteReader())
        {
            while (reader.Read() && candidates.Count < 64)
            {
                candidates.Add(reader.GetInt64(0));
            }
        }

        long? best = null;
        var bestSimilarity = 0.0;
        foreach (var candidate in candidates)
        {
            c.Signature.Parameters["$id"].Value = candidate;
            using var reader = c.Signature.ExecuteReader();
            if (!reader.Read() || reader.IsDBNull(0))
            {
                continue;
            }

            var similarity = MinHash.Similarity(MinHash.FromBytes((byte[])reader.GetValue(0)), signature);
            if (similarity >= SameStory && similarity > bestSimilarity)
            {
                bestSimilarity = similarity;
                best = reader.GetInt64(1);
            }
        }

        return (best, bestSimilarity);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (SqliteException)
        {
            // Already surfaced by CompleteAsync; a failed batch was rolled back.
        }
    }

    private sealed class Commands : IDisposable
    {
        public Commands(SqliteConnection connection, SqliteTransaction transaction)
        {
            SqliteCommand Make(string sql, params string[] parameters)
            {
                var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql;
                foreach (var name in parameters)
                {
                    command.Parameters.Add(new SqliteParameter(name, null));
                }

                return command;
            }

            Exists = Make("SELECT id FROM documents WHERE content_hash = $hash", "$hash");
            NewStory = Make("INSERT INTO stories(documents) VALUES (0) RETURNING id");
            Insert = Make(
                """
                INSERT INTO documents(doc, origin, format, title, outlet, published, byline, url, language, text, content_hash, story_id, signature, ingested_at)
                VALUES ($doc, $origin, $format, $title, $outlet, $published, $byline, $url, $language, $text, $hash, $story, $signature, $now)
                RETURNING id
                """,
                "$doc", "$origin", "$format", "$title", "$outlet", "$published", "$byline", "$url", "$language", "$text", "$hash", "$story", "$signature", "$now");
            Grow = Make("UPDATE stories SET documents = documents + 1, first_document = coalesce(first_document, $id) WHERE id = $story", "$story", "$id");
            Cite = Make("INSERT INTO cites(document_id, position, organisation) VALUES ($id, $position, $organisation)", "$id", "$position", "$organisation");
            var bandNames = Enumerable.Range(0, MinHash.Bands).Select(b => "$b" + b.ToString(CultureInfo.InvariantCulture)).ToArray();
            Band = Make(
                "INSERT INTO story_bands(band_hash, document_id) VALUES " + string.Join(", ", bandNames.Select(n => $"({n}, $id)")),
                [.. bandNames.Prepend("$id")]);
            Claim = new ClaimInsert(connection);
            StoryClaims = Make(
                "SELECT c.actor, c.issue, c.stance, c.attribution, c.hedged FROM documents d JOIN claims c ON c.document_id = d.id WHERE d.story_id = $story",
                "$story");
            Position = new RawStatement(connection, PositionCellsWriter.UpsertSql);
            Candidates = Make("SELECT DISTINCT document_id FROM story_bands WHERE band_hash IN (" + string.Join(", ", bandNames) + ") LIMIT 64", bandNames);
            Signature = Make("SELECT signature, story_id FROM documents WHERE id = $id", "$id");
        }

        public SqliteCommand Exists { get; }

        public SqliteCommand NewStory { get; }

        public SqliteCommand Insert { get; }

        public SqliteCommand Grow { get; }

        public SqliteCommand Cite { get; }

        public SqliteCommand Band { get; }

        public ClaimInsert Claim { get; }

        public SqliteCommand Candidates { get; }

        public SqliteCommand StoryClaims { get; }

        public RawStatement Position { get; }

        public SqliteCommand Signature { get; }

        public void Dispose()
        {
            Exists.Dispose();
            NewStory.Dispose();
            Insert.Dispose();
            Grow.Dispose();
            Cite.Dispose();
            Band.Dispose();
            Claim.Dispose();
            Candidates.Dispose();
            Signature.Dispose();
            StoryClaims.Dispose();
            Position.Dispose();
        }
    }
}

/// <summary>The claim insert, bound by position through SQLite's C API: a claim is the writer's most frequent row.</summary>
internal sealed class ClaimInsert : IDisposable
{
    private const string Sql =
        "INSERT INTO claims(document_id, actor, act, issue, stance, speaker, start_offset, end_offset, attribution, via, hedged, day, date_is_ingest, story_id, cp_start, cp_end, flags) " +
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)";

    private readonly RawStatement _statement;

    /// <summary>Prepares the insert on the writer's connection (inside its transaction).</summary>
    public ClaimInsert(SqliteConnection connection) => _statement = new RawStatement(connection, Sql);

    /// <summary>Inserts one claim of a document and returns its row id.</summary>
    public long Insert(long document, Claims.Claim claim, int day, bool ingestDated, long story, int? codePointStart, int? codePointEnd)
    {
        var s = _statement;
        s.Bind(1, document);
        s.Bind(2, claim.Actor);
        s.Bind(3, StoredNames.Act(claim.Act));
        s.Bind(4, claim.Issue);
        s.Bind(5, StoredNames.Stance(claim.Stance));
        s.Bind(6, claim.Speaker);
        s.Bind(7, claim.Start);
        s.Bind(8, claim.End);
        s.Bind(9, Claims.ClaimJson.KindName(claim.Attribution.Kind));
        s.Bind(10, claim.Attribution.Via.Count > 0 ? System.Text.Json.JsonSerializer.Serialize(claim.Attribution.Via) : null);
        s.Bind(11, claim.Hedged ? 1 : 0);
        s.Bind(12, day);
        s.Bind(13, ingestDated ? 1 : 0);
        s.Bind(14, story);
        if (codePointStart is { } start && codePointEnd is { } end)
        {
            s.Bind(15, start);
            s.Bind(16, end);
        }
        else
        {
            s.BindNull(15);
            s.BindNull(16);
        }

        s.Bind(17, ClaimFlags.Make(claim.Stance, claim.Act, claim.Attribution.Kind, claim.Hedged, ingestDated));
        s.Execute();
        return s.LastInsertRowId;
    }

    /// <inheritdoc />
    public void Dispose() => _statement.Dispose();
}

/// <summary>What the writer did with one article.</summary>
public enum StoreStatus
{
    /// <summary>Stored as the first document of a new story.</summary>
    Added,

    /// <summary>Stored, and grouped with an earlier near-duplicate into its story.</summary>
    AddedToStory,

    /// <summary>Already stored: nothing added.</summary>
    Duplicate,
}

/// <summary>One article after its batch committed.</summary>
/// <param name="Article">The article.</param>
/// <param name="Id">Its document id (the existing one for a duplicate).</param>
/// <param name="Status">What was done.</param>
/// <param name="Similarity">The similarity to the story it joined, or 0.</param>
public sealed record StoredArticle(Reading.Article Article, long Id, StoreStatus Status, double Similarity);

/// <summary>Totals of an ingest.</summary>
/// <param name="Added">New documents stored.</param>
/// <param name="Duplicates">Documents already in the store.</param>
/// <param name="JoinedStories">New documents grouped into an existing story.</param>
public sealed record IngestTotals(long Added, long Duplicates, long JoinedStories);
