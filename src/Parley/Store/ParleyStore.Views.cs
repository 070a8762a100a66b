using System.Globalization;
using Microsoft.Data.Sqlite;
using Parley.Claims;
using Parley.Codebooks;

namespace Parley.Store;

/// <summary>The read-side queries behind the dashboard: one document with its claims, and the story clusters.</summary>
public sealed partial class ParleyStore
{
    /// <summary>The most copies listed per story cluster.</summary>
    public const int MaxCopiesPerStory = 50;

    /// <summary>One stored document with its text, its claims (offsets into the text) and the other copies of its story; null when there is no such document.</summary>
    /// <param name="id">The document's row id.</param>
    public StoredDocument? Document(long id)
    {
        StoredDocument? document;
        using (var command = Connection.CreateCommand())
        {
            command.CommandText = """
                SELECT id, doc, title, outlet, published, byline, url, language, story_id, text, substr(ingested_at, 1, 10), format
                FROM documents WHERE id = $id
                """;
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            document = new StoredDocument(
                reader.GetInt64(0),
                reader.GetString(1),
                NullableString(reader, 2),
                NullableString(reader, 3),
                NullableDate(reader, 4),
                NullableString(reader, 5),
                NullableString(reader, 6),
                NullableString(reader, 7),
                reader.GetInt64(8),
                reader.GetString(9),
                DateOnly.Parse(reader.GetString(10), CultureInfo.InvariantCulture),
                reader.GetString(11),
                [],
                [],
                []);
        }

        var cites = new List<string>();
        using (var command = Connection.CreateCommand())
        {
            command.CommandText = "SELECT organisation FROM cites WHERE document_id = $id ORDER BY position";
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                cites.Add(reader.GetString(0));
            }
        }

        var claims = new List<DocumentClaim>();
        using (var command = Connection.CreateCommand())
        {
            command.CommandText = """
                SELECT id, actor, act, issue, stance, speaker, start_offset, end_offset, attribution, via, hedged
                FROM claims WHERE document_id = $id ORDER BY start_offset, id
                """;
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                claims.Add(new DocumentClaim(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    StoredNames.Act(reader.GetString(2)),
                    reader.GetString(3),
                    StoredNames.Stance(reader.GetString(4)),
                    NullableString(reader, 5),
                    reader.GetInt32(6),
                    reader.GetInt32(7),
                    StoredNames.Kind(reader.GetString(8)),
                    StoredNames.Via(NullableString(reader, 9)),
                    reader.GetInt64(10) != 0));
            }
        }

        var copies = new List<StoryCopy>();
        using (var command = Connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT id, doc, title, outlet, published, url FROM documents
                WHERE story_id = $story AND id <> $id
                ORDER BY coalesce(published, substr(ingested_at, 1, 10)), id
                LIMIT {MaxCopiesPerStory}
                """;
            command.Parameters.AddWithValue("$story", document.Story);
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                copies.Add(ReadCopy(reader, 0));
            }
        }

        return document with { Cites = cites, Claims = claims, OtherCopies = copies };
    }

    /// <summary>The story clusters carried by more than one document (syndicated copies), largest first, each with its copies oldest first.</summary>
    /// <param name="limit">The most clusters to return.</param>
    /// <param name="offset">Clusters to skip, for paging.</param>
    public IReadOnlyList<StoryCluster> Stories(int limit = 50, int offset = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        using var command = Connection.CreateCommand();
        command.CommandText = $"""
            WITH top AS (
                SELECT id, documents FROM stories WHERE documents > 1
                ORDER BY documents DESC, id DESC LIMIT $limit OFFSET $offset
            ),
            copies AS (
                SELECT top.id AS story, top.documents AS size, d.id, d.doc, d.title, d.outlet, d.published, d.url,
                       row_number() OVER (PARTITION BY top.id ORDER BY coalesce(d.published, substr(d.ingested_at, 1, 10)), d.id) AS n
                FROM top JOIN documents d ON d.story_id = top.id
            )
            SELECT story, size, id, doc, title, outlet, published, url FROM copies
            WHERE n <= {MaxCopiesPerStory}
            ORDER BY size DESC, story DESC, n
            """;
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        var clusters = new List<StoryCluster>();
        List<StoryCopy>? current = null;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var story = reader.GetInt64(0);
            if (clusters.Count == 0 || clusters[^1].Story != story)
            {
                current = [];
                clusters.Add(new StoryCluster(story, reader.GetInt64(1), current));
            }

            current!.Add(ReadCopy(reader, 2));
        }

        return clusters;
    }

    /// <summary>The id of the most recently stored document, or 0 for an empty store: documents are only ever added, so it changes whenever the store does.</summary>
    public long NewestDocumentId() => Convert.ToInt64(Scalar(Connection, "SELECT coalesce(max(id), 0) FROM documents"), CultureInfo.InvariantCulture);

    /// <summary>How many story clusters hold at least <paramref name="minDocuments"/> documents.</summary>
    public long CountStories(int minDocuments = 2)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM stories WHERE documents >= $min";
        command.Parameters.AddWithValue("$min", minDocuments);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static StoryCopy ReadCopy(SqliteDataReader reader, int first) => new(
        reader.GetInt64(first),
        reader.GetString(first + 1),
        NullableString(reader, first + 2),
        NullableString(reader, first + 3),
        NullableDate(reader, first + 4),
        NullableString(reader, first + 5));

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateOnly? NullableDate(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture);
}

/// <summary>One stored document as the dashboard shows it: metadata, text, claims and the other copies of its story.</summary>
/// <param name="Id">The document's row id.</param>
/// <param name="Doc">The document name.</param>
/// <param name="Title">Its title.</param>
/// <param name="Outlet">Its outlet.</param>
/// <param name="Published">Its publication date, when known.</param>
/// <param name="Byline">Its author or authors.</param>
/// <param name="Url">Its address, as the input gave it (not checked: may be any scheme).</param>
/// <param name="Language">Its two-letter language code.</param>
/// <param name="Story">The story cluster it belongs to.</param>
/// <param name="Text">The clean article text; claim offsets index into it (UTF-16 code units).</param>
/// <param name="Ingested">The day it was stored.</param>
/// <param name="Format">The format it was read from.</param>
/// <param name="Cites">The news organisations it names as sources.</param>
/// <param name="Claims">Its claims, in text order.</param>
/// <param name="OtherCopies">The other documents of its story (syndicated copies), oldest first.</param>
public sealed record StoredDocument(
    long Id,
    string Doc,
    string? Title,
    string? Outlet,
    DateOnly? Published,
    string? Byline,
    string? Url,
    string? Language,
    long Story,
    string Text,
    DateOnly Ingested,
    string Format,
    IReadOnlyList<string> Cites,
    IReadOnlyList<DocumentClaim> Claims,
    IReadOnlyList<StoryCopy> OtherCopies);

/// <summary>A claim as stored with its document: where its evidence lies in the text and how it is sourced.</summary>
/// <param name="Id">The claim's row id.</param>
/// <param name="Actor">The party (codebook id).</param>
/// <param name="Act">What the party does with the term.</param>
/// <param name="Issue">The term (codebook id).</param>
/// <param name="Stance">For or against the issue's proposition.</param>
/// <param name="Speaker">The person who voiced it, when named.</param>
/// <param name="Start">The evidence's first character offset in the text.</param>
/// <param name="End">The offset just past the evidence.</param>
/// <param name="Attribution">How it is sourced.</param>
/// <param name="Via">The organisations it came through, outermost first.</param>
/// <param name="Hedged">True when the article says it is unconfirmed.</param>
public sealed record DocumentClaim(long Id, string Actor, ClaimAct Act, string Issue, Stance Stance, string? Speaker, int Start, int End, AttributionKind Attribution, IReadOnlyList<string> Via, bool Hedged);

/// <summary>A story carried by several documents: which outlets ran the same text.</summary>
/// <param name="Story">The story cluster's id.</param>
/// <param name="Documents">How many documents it holds.</param>
/// <param name="Copies">Its documents, oldest first (at most <see cref="ParleyStore.MaxCopiesPerStory"/>).</param>
public sealed record StoryCluster(long Story, long Documents, IReadOnlyList<StoryCopy> Copies);

/// <summary>One document of a story cluster.</summary>
/// <param name="Id">The document's row id.</param>
/// <param name="Doc">The document name.</param>
/// <param name="Title">Its title.</param>
/// <param name="Outlet">Its outlet.</param>
/// <param name="Published">Its publication date, when known.</param>
/// <param name="Url">Its address, as the input gave it.</param>
public sealed record StoryCopy(long Id, string Doc, string? Title, string? Outlet, DateOnly? Published, string? Url);
