using Microsoft.Data.Sqlite;
using Parley.Store;
using static Parley.Tests.Store.StoreFixtures;

namespace Parley.Tests.Store;

public sealed class ParleyStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string DbPath => Path.Combine(_temp.Path, "sub", "parley.db");

    public void Dispose() => _temp.Dispose();

    private static async Task<IngestTotals> WriteAsync(ParleyStore store, params Parley.Reading.Article[] articles)
    {
        var writer = new StoreWriter(store);
        foreach (var article in articles)
        {
            await writer.WriteAsync(PreparedArticle.From(article));
        }

        return await writer.CompleteAsync();
    }

    [Fact]
    public void Opening_a_new_store_creates_its_folder_and_applies_every_migration()
    {
        using var store = ParleyStore.Open(DbPath);

        Assert.True(File.Exists(DbPath));
        Assert.Equal(Schema.Migrations.Count, store.SchemaVersion);
        Assert.Equal(0, store.Stats().Documents);
    }

    [Fact]
    public void A_store_from_a_newer_parley_is_refused_rather_than_damaged()
    {
        using (var store = ParleyStore.Open(DbPath))
        {
            using var command = store.Connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 999";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidOperationException>(() => ParleyStore.Open(DbPath));
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Storing_the_same_content_twice_adds_nothing()
    {
        using var store = ParleyStore.Open(DbPath);
        var article = Make("a.txt", WireStory);

        var first = await WriteAsync(store, article);
        var second = await WriteAsync(store, article with { Doc = "copy-of-a.txt", Text = WireStory.Replace("  ", " ", StringComparison.Ordinal) + "  " });

        Assert.Equal(1, first.Added);
        Assert.Equal(0, second.Added);
        Assert.Equal(1, second.Duplicates);
        Assert.Equal(1, store.Stats().Documents);
    }

    [Fact]
    public async Task A_syndicated_copy_from_another_outlet_joins_the_same_story()
    {
        using var store = ParleyStore.Open(DbPath);
        var original = Make("wire.txt", WireStory, outlet: "Wire Daily");
        var retold = Make("retold.txt", "MOSCOW, Feb 18 — " + WireStory + " The Kremlin said a presidential summit could follow.", outlet: "Capital Post", title: "US and Russia agree to keep talking");
        var unrelated = Make("other.txt", "A heatwave is expected across southern Europe next week, with temperatures above forty degrees in Spain, Italy and Greece, forecasters said on Monday, warning of wildfire risk in dry forests.", outlet: "Weather Now", title: "Heatwave");

        var totals = await WriteAsync(store, original, retold, unrelated);
        var stats = store.Stats();

        Assert.Equal(3, totals.Added);
        Assert.Equal(1, totals.JoinedStories);
        Assert.Equal(3, stats.Documents);
        Assert.Equal(2, stats.Stories);
        Assert.Equal(1, stats.SyndicatedStories);
        Assert.Equal(3, stats.Outlets);
    }

    [Fact]
    public async Task Search_finds_words_and_returns_a_highlighted_snippet()
    {
        using var store = ParleyStore.Open(DbPath);
        await WriteAsync(store, Make("wire.txt", WireStory), Make("other.txt", "Grain exports through the Black Sea rose in March, traders said, as shipping insurers cut their premiums after months of attacks.", title: "Grain"));

        var hits = store.Search("embassies Riyadh");

        var hit = Assert.Single(hits);
        Assert.Equal("wire.txt", hit.Doc);
        Assert.Matches(@"\[(embassies|Riyadh)\]", hit.Snippet);
        Assert.Empty(store.Search("Riyadh grain"));
        Assert.Single(store.Search("Riyadh OR grain"), h => h.Doc == "other.txt");
    }

    [Fact]
    public async Task Punctuation_in_a_plain_query_cannot_break_the_search()
    {
        using var store = ParleyStore.Open(DbPath);
        await WriteAsync(store, Make("wire.txt", WireStory));

        Assert.Single(store.Search("president: Kyiv (would)!"));
    }

    [Fact]
    public async Task A_malformed_fts_query_is_reported_as_an_argument_error()
    {
        using var store = ParleyStore.Open(DbPath);
        await WriteAsync(store, Make("wire.txt", WireStory));

        Assert.Throws<ArgumentException>(() => store.Search("\"unclosed AND"));
    }

    [Fact]
    public async Task Cited_organisations_are_stored_in_order()
    {
        using var store = ParleyStore.Open(DbPath);
        await WriteAsync(store, Make("wire.txt", WireStory, cites: ["Reuters", "Bloomberg"]));

        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT group_concat(organisation, ',') FROM (SELECT organisation FROM cites ORDER BY position)";
        Assert.Equal("Reuters,Bloomberg", command.ExecuteScalar());
    }

    [Fact]
    public async Task A_batch_that_fails_is_rolled_back_and_earlier_batches_stay()
    {
        using (var store = ParleyStore.Open(DbPath))
        {
            await WriteAsync(store, Make("kept.txt", WireStory));
        }

        // Another process holds the write lock: the next batch cannot commit.
        using var blocker = new SqliteConnection($"Data Source={DbPath}");
        blocker.Open();
        using (var begin = blocker.CreateCommand())
        {
            begin.CommandText = "PRAGMA busy_timeout=0; BEGIN IMMEDIATE; INSERT INTO stories(documents) VALUES (0);";
            begin.ExecuteNonQuery();
        }

        using (var store = ParleyStore.Open(DbPath, TimeSpan.FromMilliseconds(100)))
        {
            await Assert.ThrowsAsync<SqliteException>(() => WriteAsync(store, Make("lost.txt", "A different story about grain exports and shipping insurance premiums in the Black Sea region this spring.")));
        }

        using (var rollback = blocker.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
        }

        using var reopened = ParleyStore.Open(DbPath);
        var stats = reopened.Stats();
        Assert.Equal(1, stats.Documents);
        Assert.Equal(1, stats.Stories);
        using var check = reopened.Connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", check.ExecuteScalar());
    }
}
