using System.Diagnostics;
using Parley.Reading;
using Parley.Reading.Citations;
using Parley.Reading.Inputs;
using Parley.Reading.PlainText;
using Parley.Reading.Text;
using Microsoft.Data.Sqlite;
using Parley.Store;

namespace Parley.Bench;

/// <summary>Single-threaded CPU cost of each reading stage on plain-text articles, to see where time goes.</summary>
internal static class StageProfile
{
    public static void Run(int count)
    {
        var folder = Corpus.PlainText(count);
        var files = Directory.GetFiles(folder).Select(File.ReadAllBytes).ToArray();
        var texts = files.Select(b => TextDecoder.Decode(b, null, false)).ToArray();
        var sources = texts.Select((t, i) => new SourceText($"a{i}.txt", $"a{i}.txt", t, "txt", null, null)).ToArray();
        var reader = new PlainTextReader();
        var articles = sources.Select(s => reader.Read(s).First()).ToArray();
        var citations = new CitationEnricher(NewsOrganisations.Default);
        var language = new LanguageEnricher();

        Time("decode", () => { foreach (var b in files) { TextDecoder.Decode(b, null, false); } });
        Time("detect", () => { foreach (var t in texts) { FormatDetector.Detect(t, "txt", null); } });
        Time("plain text reader", () => { foreach (var s in sources) { _ = reader.Read(s).First(); } });
        Time("citations", () => { foreach (var a in articles) { citations.Enrich(a with { Cites = [] }); } });
        Time("language", () => { foreach (var a in articles) { language.Enrich(a with { Language = null }); } });
        Time("hash + minhash", () => { foreach (var a in articles) { PreparedArticle.From(a); } });
        Time("whole reader", () => { foreach (var s in sources) { ArticleReader.Default.Read(s); } });
        var prepared = articles.Select((a, i) => PreparedArticle.From(a with { Text = a.Text + " " + i })).ToArray();
        foreach (var variant in (string[])["full", "no-fts", "no-bands", "automerge"])
        {
        var db = Path.Combine(folder, $"profile-{variant}.db");
        using (var store = ParleyStore.Open(db))
        {
            using (var command = store.Connection.CreateCommand())
            {
                command.CommandText = variant switch
                {
                    "no-fts" => "DROP TRIGGER documents_fts_insert",
                    "no-bands" => "CREATE TRIGGER no_bands BEFORE INSERT ON story_bands BEGIN SELECT RAISE(IGNORE); END",
                    "automerge" => "INSERT INTO documents_fts(documents_fts, rank) VALUES ('automerge', 16)",
                    _ => "SELECT 1",
                };
                command.ExecuteNonQuery();
            }

            var stopwatch = Stopwatch.StartNew();
            var writer = new StoreWriter(store);
            foreach (var p in prepared)
            {
                writer.WriteAsync(p).AsTask().GetAwaiter().GetResult();
            }

            writer.CompleteAsync().GetAwaiter().GetResult();
            Console.WriteLine($"{"store writer " + variant,-20} {stopwatch.Elapsed.TotalMilliseconds * 1000 / count,8:0.0} µs per article");
        }
        }

        Directory.Delete(folder, recursive: true);

        void Time(string stage, Action action)
        {
            action();
            var stopwatch = Stopwatch.StartNew();
            action();
            Console.WriteLine($"{stage,-20} {stopwatch.Elapsed.TotalMilliseconds * 1000 / count,8:0.0} µs per article");
        }
    }
}
