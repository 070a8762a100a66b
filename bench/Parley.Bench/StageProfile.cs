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
        foreach (var variant in (string[])["full", "no-fts", "no-bands", "automerge", "pgsz"])
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
                    "pgsz" => "INSERT INTO documents_fts(documents_fts, rank) VALUES ('pgsz', 4000)",
                    "columnsize" => "SELECT 1",
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

/// <summary>Single-threaded CPU cost of each HTML reading stage on the benchmark pages.</summary>
internal static class HtmlStageProfile
{
    public static void Run(string benchFolder)
    {
        var single = File.Exists(benchFolder);
        var folder = single ? Path.GetDirectoryName(Path.GetFullPath(benchFolder))! : Corpus.Html(88, benchFolder);
        var pages = single ? [File.ReadAllText(benchFolder)] : Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        Time("parse", () => { foreach (var p in pages) { Parley.Reading.Html.HtmlArticleReader.Parse(p); } });
        Time("parse + metadata", () => { foreach (var p in pages) { Parley.Reading.Html.HtmlMetadata.From(Parley.Reading.Html.HtmlArticleReader.Parse(p), null); } });
        Time("parse + date", () => { foreach (var p in pages) { Parley.Reading.Dates.HtmlDateFinder.Find(Parley.Reading.Html.HtmlArticleReader.Parse(p), null); } });
        Time("parse + density", () => { foreach (var p in pages) { Parley.Reading.Html.DensityExtractor.FindContainer(Parley.Reading.Html.HtmlArticleReader.Parse(p), out _); } });
        Time("parse + main text", () => { foreach (var p in pages) { Parley.Reading.Html.HtmlArticleReader.MainText(Parley.Reading.Html.HtmlArticleReader.Parse(p), null); } });
        Time("parse + smartreader", () => { foreach (var p in pages) { new SmartReader.Reader("https://localhost/", Parley.Reading.Html.HtmlArticleReader.Parse(p)).GetArticle(); } });
        Time("whole reader", () => { foreach (var p in pages) { ArticleReader.Default.Read(new SourceText("p", "p", p, "html", null, null)); } });
        if (!single)
        {
            Directory.Delete(folder, recursive: true);
        }

        void Time(string stage, Action action)
        {
            if (!single)
            {
                action();
                action();
            }

            GC.Collect();
            var stopwatch = Stopwatch.StartNew();
            action();
            Console.WriteLine($"{stage,-20} {stopwatch.Elapsed.TotalMilliseconds / pages.Length,8:0.00} ms per page");
        }
    }
}
