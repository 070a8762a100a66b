using Microsoft.Data.Sqlite;
using Parley.Claims;
using Parley.Codebooks;
using Parley.Positions;
using Parley.Store;

namespace Parley.Tests.Positions;

public sealed class PositionMigrationTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_store_from_before_positions_is_migrated_with_its_claims_dated_and_its_positions_computed()
    {
        var path = Path.Combine(_temp.Path, "v1.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = Schema.Migrations[0] + """
                PRAGMA user_version = 1;
                INSERT INTO stories(id, first_document, documents) VALUES (1, 1, 2), (2, 3, 1);
                INSERT INTO documents(id, doc, origin, format, title, outlet, published, text, content_hash, story_id, ingested_at) VALUES
                    (1, 'a.txt', 'a.txt', 'text', 'A', 'Wire', '2025-02-10', 'Russia rejects a 30-day ceasefire, Peskov said.', x'01', 1, '2025-06-01T10:00:00Z'),
                    (2, 'b.txt', 'b.txt', 'text', 'B', 'Post', '2025-02-11', 'Russia rejects a 30-day ceasefire, Peskov said. Copy.', x'02', 1, '2025-06-01T10:00:00Z'),
                    (3, 'c.txt', 'c.txt', 'text', 'C', 'Wire', NULL, 'Putin said Russia supports a ceasefire.', x'03', 2, '2025-06-02T23:59:00Z');
                INSERT INTO claims(document_id, actor, act, issue, stance, speaker, start_offset, end_offset, attribution, via, hedged) VALUES
                    (1, 'RU', 'reject', 'ceasefire', 'against', 'Peskov', 0, 47, 'on_record', NULL, 0),
                    (2, 'RU', 'reject', 'ceasefire', 'against', 'Peskov', 0, 47, 'report', '["Post","Wire"]', 0),
                    (3, 'RU', 'accept', 'ceasefire', 'for', 'Putin', 0, 39, 'anonymous', NULL, 1);
                """;
            command.ExecuteNonQuery();
        }

        using var store = ParleyStore.Open(path);
        var queries = new PositionQueries(store);
        var claims = queries.Claims(ClaimFilter.All);
        var cell = Assert.Single(queries.Map(ClaimFilter.All).Cells);

        Assert.Equal(Schema.Migrations.Count, store.SchemaVersion);
        Assert.Equal([new DateOnly(2025, 2, 10), new DateOnly(2025, 2, 11), new DateOnly(2025, 6, 2)], claims.Select(c => c.Date));
        Assert.Equal([false, false, true], claims.Select(c => c.DateIsIngest));
        Assert.Equal([1L, 1L, 2L], claims.Select(c => c.Story));
        Assert.Equal("Russia rejects a 30-day ceasefire, Peskov said.", claims[0].Evidence);
        Assert.Equal(["Post", "Wire"], claims[1].Via);
        Assert.Equal(new PositionCell("RU", "ceasefire", Stance.For, ClaimAct.Accept, 3, 2, new DateOnly(2025, 2, 10), new DateOnly(2025, 6, 2), new AttributionMix(1, 0, 1, 1, 0), cell.Confidence, true, 1, 2, 1), cell);
        Assert.Equal(queries.Map(ClaimFilter.All, fromClaims: true).Cells, queries.Map(ClaimFilter.All).Cells);
        Assert.Equal(Math.Round(PositionConfidence.Confidence(0.2, 0.9), 3), cell.Confidence);
    }

    [Fact]
    public void Rebuilding_the_positions_runs_the_same_statement_as_the_migration_back_fill()
    {
        static string Words(string sql) => string.Join(' ', sql.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        var rebuild = Words(PositionCellsWriter.RebuildSql);
        var insert = rebuild[rebuild.IndexOf("INSERT INTO position_cells", StringComparison.Ordinal)..];

        Assert.Contains(insert, Words(Schema.Migrations[1]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_confidence_weights_rank_each_kind_and_hedging_as_the_migration_does()
    {
        // Migration 2 ranks a story's strongest claim by these weights in SQL; the writer by PositionConfidence.
        var order = Enum.GetValues<AttributionKind>()
            .SelectMany(kind => new[] { (kind, hedged: false), (kind, hedged: true) })
            .OrderByDescending(x => PositionConfidence.Weight(x.kind, x.hedged))
            .ThenBy(x => (int)x.kind * 2 + (x.hedged ? 1 : 0))
            .Select(x => ClaimJson.KindName(x.kind) + (x.hedged ? "+hedged" : string.Empty));

        Assert.Equal(
            ["on_record", "named_source", "report", "on_record+hedged", "anonymous", "named_source+hedged", "report+hedged", "unconfirmed", "anonymous+hedged", "unconfirmed+hedged"],
            order);
    }
}
