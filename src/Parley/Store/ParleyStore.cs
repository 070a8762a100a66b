using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Parley.Store;

/// <summary>The embedded SQLite store: opens (creating and migrating as needed) and answers the read-side queries.</summary>
public sealed partial class ParleyStore : IDisposable
{
    private ParleyStore(string path, SqliteConnection connection)
    {
        Path = path;
        Connection = connection;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The open connection; one writer at a time.</summary>
    internal SqliteConnection Connection { get; }

    /// <summary>Opens the store at the path, creating the folder and the schema as needed.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="busyTimeout">How long a statement waits for another process's write lock (default 30 s).</param>
    public static ParleyStore Open(string path, TimeSpan? busyTimeout = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var timeout = busyTimeout ?? TimeSpan.FromSeconds(30);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds)),
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=4000; PRAGMA busy_timeout=" + (int)timeout.TotalMilliseconds + ";");
            Migrate(connection);
            return new ParleyStore(path, connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The schema version of the open store.</summary>
    public int SchemaVersion => Convert.ToInt32(Scalar(Connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);

    private static void Migrate(SqliteConnection connection)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
        if (version > Schema.Migrations.Count)
        {
            throw new InvalidOperationException($"the store has schema version {version}, newer than this Parley knows ({Schema.Migrations.Count}); upgrade Parley");
        }

        for (var next = version; next < Schema.Migrations.Count; next++)
        {
            using var transaction = connection.BeginTransaction();
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = Schema.Migrations[next] + $"\nPRAGMA user_version = {next + 1};";
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    /// <summary>Counts of what the store holds, and the span of publication dates.</summary>
    public StoreStats Stats()
    {
        long Count(string sql) => Convert.ToInt64(Scalar(Connection, sql), CultureInfo.InvariantCulture);
        var first = Scalar(Connection, "SELECT min(published) FROM documents") as string;
        var last = Scalar(Connection, "SELECT max(published) FROM documents") as string;
        var outlets = new List<OutletCount>();
        using (var command = Connection.CreateCommand())
        {
            command.CommandText = "SELECT outlet, count(*) FROM documents WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY count(*) DESC, outlet LIMIT 10";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                outlets.Add(new OutletCount(reader.GetString(0), reader.GetInt64(1)));
            }
        }

        return new StoreStats(
            Count("SELECT count(*) FROM documents"),
            Count("SELECT count(*) FROM stories WHERE documents > 0"),
            Count("SELECT count(DISTINCT outlet) FROM documents WHERE outlet IS NOT NULL"),
            Count("SELECT count(*) FROM claims"),
            Count("SELECT count(*) FROM stories WHERE documents > 1"),
            first is null ? null : DateOnly.Parse(first, CultureInfo.InvariantCulture),
            last is null ? null : DateOnly.Parse(last, CultureInfo.InvariantCulture),
            outlets);
    }

    /// <summary>Recomputes the position aggregate (<c>position_cells</c>) from the stored claims: needed only after claims were written other than through <see cref="StoreWriter"/>.</summary>
    public void RebuildPositions()
    {
        using var transaction = Connection.BeginTransaction();
        using (var command = Connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = PositionCellsWriter.RebuildSql;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>Full-text search over titles and texts, best matches first, with a highlighted snippet.</summary>
    /// <param name="query">Plain words (all must occur), or an FTS5 query when it uses quotes, AND, OR, NOT, NEAR or *.</param>
    /// <param name="limit">The most hits to return.</param>
    /// <param name="open">The mark put before each hit in the snippet.</param>
    /// <param name="close">The mark put after each hit in the snippet.</param>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20, string open = "[", string close = "]")
    {
        ArgumentNullException.ThrowIfNull(query);
        var match = SearchQuery.ToFts(query);
        if (match.Length == 0)
        {
            return [];
        }

        using var command = Connection.CreateCommand();
        // Rank first, then make snippets for the best hits only: a snippet per match (tens of thousands for a
        // common word in a large store) would cost far more than the ranking. CROSS JOIN keeps that order.
        command.CommandText = """
            WITH best AS (
                SELECT rowid AS id, bm25(documents_fts, 4.0, 1.0) AS score
                FROM documents_fts WHERE documents_fts MATCH $query
                ORDER BY score LIMIT $limit
            )
            SELECT d.id, d.doc, d.title, d.outlet, d.published, d.story_id,
                   snippet(documents_fts, 1, $open, $close, '…', 16)
            FROM best CROSS JOIN documents_fts ON documents_fts.rowid = best.id CROSS JOIN documents d ON d.id = best.id
            WHERE documents_fts MATCH $query
            ORDER BY best.score, d.id
            """;
        command.Parameters.AddWithValue("$query", match);
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$open", open);
        command.Parameters.AddWithValue("$close", close);
        var hits = new List<SearchHit>();
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                hits.Add(new SearchHit(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : DateOnly.Parse(reader.GetString(4), CultureInfo.InvariantCulture),
                    reader.GetInt64(5),
                    reader.GetString(6)));
            }
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            throw new ArgumentException($"the search query is not valid: {e.Message.Replace("SQLite Error 1: ", string.Empty, StringComparison.Ordinal).TrimEnd('.')}", nameof(query), e);
        }

        return hits;
    }

    internal static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public void Dispose() => Connection.Dispose();
}

/// <summary>Counts of what the store holds.</summary>
/// <param name="Documents">Articles stored.</param>
/// <param name="Stories">Story clusters (independent stories; syndicated copies share one).</param>
/// <param name="Outlets">Distinct outlets.</param>
/// <param name="Claims">Claims extracted.</param>
/// <param name="SyndicatedStories">Stories carried by more than one document.</param>
/// <param name="FirstPublished">The earliest publication date.</param>
/// <param name="LastPublished">The latest publication date.</param>
/// <param name="TopOutlets">The outlets with the most documents.</param>
public sealed record StoreStats(long Documents, long Stories, long Outlets, long Claims, long SyndicatedStories, DateOnly? FirstPublished, DateOnly? LastPublished, IReadOnlyList<OutletCount> TopOutlets);

/// <summary>An outlet and how many documents it has in the store.</summary>
public sealed record OutletCount(string Outlet, long Documents);

/// <summary>One full-text search result.</summary>
/// <param name="Id">The document's row id.</param>
/// <param name="Doc">The document name.</param>
/// <param name="Title">Its title.</param>
/// <param name="Outlet">Its outlet.</param>
/// <param name="Published">Its publication date.</param>
/// <param name="Story">Its story cluster.</param>
/// <param name="Snippet">The matching passage, hits between the marks asked for ([brackets] by default).</param>
public sealed record SearchHit(long Id, string Doc, string? Title, string? Outlet, DateOnly? Published, long Story, string Snippet);
