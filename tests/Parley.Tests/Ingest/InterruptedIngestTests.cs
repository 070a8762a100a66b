using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Parley.Ingest;
using Parley.Reading;
using Parley.Reading.Inputs;
using Parley.Store;

namespace Parley.Tests.Ingest;

public sealed class InterruptedIngestTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string WriteArticles(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _temp.File(
                $"in/article-{i:D5}.txt",
                $"Talks round {i} ends\n\nNegotiators met for round {i} of talks on a ceasefire along the front line and agreed to meet again after consultations, officials said. " +
                $"The delegations exchanged draft proposals on prisoner exchanges numbered {i * 7} and {i * 13}, according to a statement.\n");
        }

        return Path.Combine(_temp.Path, "in");
    }

    private static void AssertConsistent(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", command.ExecuteScalar());
        command.CommandText = "INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')";
        command.ExecuteNonQuery();
        command.CommandText = "SELECT (SELECT count(*) FROM documents) = (SELECT coalesce(sum(documents), 0) FROM stories)";
        Assert.Equal(1L, command.ExecuteScalar());
        command.CommandText = "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = d.story_id)";
        Assert.Equal(0L, command.ExecuteScalar());
    }

    [Fact]
    public async Task A_cancelled_ingest_commits_what_it_read_and_leaves_a_consistent_store()
    {
        var folder = WriteArticles(600);
        var db = Path.Combine(_temp.Path, "store.db");
        using var cancel = new CancellationTokenSource();
        var seen = 0;
        IngestReport report;
        using (var store = ParleyStore.Open(db))
        using (var loader = new InputLoader())
        {
            report = await new Ingestor(ArticleReader.Default, loader).IngestAsync(store, InputFinder.Expand([folder]).ToList(), _ =>
            {
                if (++seen == 150)
                {
                    cancel.Cancel();
                }
            }, cancel.Token);
        }

        Assert.True(report.Interrupted);
        Assert.InRange(report.Added, 150, 599);
        AssertConsistent(db);
        using var reopened = ParleyStore.Open(db);
        Assert.Equal(report.Added, reopened.Stats().Documents);
    }

    [Fact]
    public async Task A_killed_ingest_process_leaves_a_consistent_store_that_a_rerun_completes()
    {
        var folder = WriteArticles(3000);
        var db = Path.Combine(_temp.Path, "killed.db");
        var cli = Path.Combine(AppContext.BaseDirectory, "Parley.Cli.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", cli, "ingest", folder, "--db", db, "--quiet"]) { RedirectStandardError = true, RedirectStandardOutput = true };

        using (var process = Process.Start(start)!)
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!process.HasExited && DateTime.UtcNow < deadline && Documents(db) < 256)
            {
                await Task.Delay(20);
            }

            Assert.False(process.HasExited, "the ingest finished before it could be killed");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var survived = Documents(db);
        Assert.InRange(survived, 256, 2999);
        AssertConsistent(db);
        using (var rerun = Process.Start(start)!)
        {
            await rerun.WaitForExitAsync();
            Assert.Equal(0, rerun.ExitCode);
        }

        AssertConsistent(db);
        Assert.Equal(3000, Documents(db));
    }

    private static long Documents(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM documents";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0;
        }
    }
}
