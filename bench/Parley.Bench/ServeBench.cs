using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Parley.Claims;
using Parley.Codebooks;
using Parley.Reading;
using Parley.Store;
using Parley.Web;

namespace Parley.Bench;

/// <summary><c>serve N</c>: builds (or reuses) a synthetic store of N articles with claims and syndicated copies, starts the dashboard in-process on Kestrel, and times every view's API call (median of 21 after 3 warm-ups, plus the first, cold call).</summary>
internal static class ServeBench
{
    private const int Warmups = 3;
    private const int Runs = 21;

    private static readonly string[] Parties = ["Russia", "Ukraine", "The United States", "The European Union", "Turkey", "China", "Britain", "France", "Hungary", "Moscow", "Kyiv", "Washington"];
    private static readonly string[] Acts = ["demands", "proposed", "accepted", "rejected", "insists on", "is ready to accept", "ruled out", "called for", "offered"];
    private static readonly string[] Sourcing = [", officials said.", ", according to Reuters.", ", a source familiar with the talks said.", ", the foreign ministry said in a statement.", ", TASS reported.", "."];
    private static readonly string[] Filler =
    [
        "Delegations met behind closed doors for several hours on Tuesday.",
        "Shelling continued overnight in several frontline towns, regional authorities reported.",
        "Analysts cautioned that previous truces had collapsed within days amid mutual accusations.",
        "The envoy described the meeting as constructive and said another round could follow next month.",
        "Officials said the draft framework had been revised after consultations with allies.",
        "Markets reacted calmly to the news, and the currency held steady through the afternoon.",
    ];

    public static async Task<int> RunAsync(int count, bool rebuild)
    {
        // One store per schema version: a store built by an older Parley is migrated on open, and then an older build could no longer open it.
        var db = Path.Combine(Path.GetTempPath(), "parley-bench", $"serve-{count}-v{Schema.Migrations.Count}.db");
        if (rebuild || !File.Exists(db))
        {
            await BuildAsync(db, count);
        }

        using (var store = ParleyStore.Open(db))
        {
            var stats = store.Stats();
            Console.WriteLine($"store {db}: {stats.Documents} documents, {stats.Stories} stories ({stats.SyndicatedStories} syndicated), {stats.Outlets} outlets, {stats.Claims} claims, {stats.FirstPublished:yyyy-MM-dd} to {stats.LastPublished:yyyy-MM-dd}");
        }

        var middle = count / 2;
        string[] paths =
        [
            "/api/stats",
            "/api/codebook",
            "/api/matrix",
            "/api/matrix?since=2025-10-01&attribution=on_record",
            "/api/claims?limit=50",
            "/api/claims?issue=ceasefire&since=2025-06-01&limit=50",
            "/api/cells/RU/ceasefire/claims?limit=200",
            $"/api/documents/{middle}",
            "/api/timeline?issue=ceasefire",
            "/api/timeline?issue=security_guarantees&actor=UA",
            "/api/changes?since=2025-12-01",
            "/api/stories",
            "/api/search?q=ceasefire",
            "/api/search?q=%22frozen%20assets%22%20Euroclear",
            "/api/search?q=round%2077777",
            "/openapi/v1.json",
            "/",
        ];

        // Each query timed as it runs (the server's answer cache off), then as a repeat view is served (cache on).
        var direct = await TimeAllAsync(db, paths, cache: false);
        var cached = await TimeAllAsync(db, paths, cache: true);
        Console.WriteLine();
        Console.WriteLine($"{"endpoint",-56} {"status",6} {"first ms",9} {"median ms",10} {"p90 ms",8} {"cached ms",10} {"KB",7}");
        var worst = 0.0;
        foreach (var path in paths)
        {
            var (status, first, median, p90, bytes) = direct[path];
            var note = status == 501 ? "  (needs PositionQueries)" : status >= 400 ? "  (error)" : median >= 100 ? "  OVER 100 ms" : string.Empty;
            if (status < 400)
            {
                worst = Math.Max(worst, median);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path,-56} {status,6} {first,9:0.0} {median,10:0.0} {p90,8:0.0} {cached[path].Median,10:0.0} {bytes / 1024.0,7:0.0}{note}"));
        }

        Console.WriteLine();
        Console.WriteLine("first = the first call after start (cold caches, JIT); median and p90 of 21 calls after 3 warm-ups with the answer cache off; cached = median with it on");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slowest uncached median of the views that answered: {worst:0.0} ms; target < 100 ms: {(worst < 100 ? "met" : "MISSED")}"));
        return worst < 100 ? 0 : 1;
    }

    private static async Task<Dictionary<string, (int Status, double First, double Median, double P90, long Bytes)>> TimeAllAsync(string db, string[] paths, bool cache)
    {
        var options = new ServerOptions(db, Codebook.Default, "127.0.0.1", 0) { CacheAnswers = cache };
        await using var app = ParleyServer.Build(options);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(ParleyServer.Addresses(app)[0]), Timeout = TimeSpan.FromMinutes(2) };
        var results = new Dictionary<string, (int, double, double, double, long)>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            results[path] = await TimeAsync(http, path);
        }

        await app.StopAsync();
        return results;
    }

    private static async Task<(int Status, double First, double Median, double P90, long Bytes)> TimeAsync(HttpClient http, string path)
    {
        var times = new List<double>();
        var status = 0;
        long bytes = 0;
        double first = 0;
        for (var i = 0; i < Warmups + Runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsByteArrayAsync();
            stopwatch.Stop();
            status = (int)response.StatusCode;
            bytes = body.Length;
            if (i == 0)
            {
                first = stopwatch.Elapsed.TotalMilliseconds;
            }

            if (i >= Warmups)
            {
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            if (status == 501)
            {
                return (status, first, first, first, bytes);
            }
        }

        times.Sort();
        return (status, first, times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.9) - 1], bytes);
    }

    /// <summary>Writes N synthetic articles (claims extracted by the real extractor, every 10th a syndicated copy of an earlier one) through the real store writer.</summary>
    private static async Task BuildAsync(string db, int count)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(db)!);
        foreach (var file in (string[])[db, db + "-wal", db + "-shm"])
        {
            File.Delete(file);
        }

        var stopwatch = Stopwatch.StartNew();
        var extractor = ClaimExtractor.Default;
        var issues = Codebook.Default.Issues.Select(i => i.Cues[0]).ToArray();
        var outlets = Enumerable.Range(0, 40).Select(i => $"Outlet {i:D2} News").ToArray();
        var start = new DateOnly(2025, 1, 1);
        using var store = ParleyStore.Open(db);
        var writer = new StoreWriter(store);
        const int Batch = 2048;
        var texts = new string[count];
        for (var from = 0; from < count; from += Batch)
        {
            var size = Math.Min(Batch, count - from);
            var prepared = new PreparedArticle[size];
            Parallel.For(0, size, k =>
            {
                var i = from + k;
                var random = new Random(i);
                string text;
                if (i % 10 == 9 && i >= 3)
                {
                    // A syndicated copy: the same wire text under another outlet and headline, with one sentence added.
                    text = texts[i - 3] + "\n\nThis report was carried under licence by " + outlets[random.Next(outlets.Length)] + ".";
                }
                else
                {
                    text = Text(random, i, issues);
                }

                texts[i] = text;
                var article = new Article(
                    $"synthetic-{i:D6}.txt",
                    $"Talks round {i}: {issues[random.Next(issues.Length)]} on the table",
                    outlets[random.Next(outlets.Length)],
                    start.AddDays(random.Next(365)),
                    null,
                    $"https://news.example/{i}",
                    "en",
                    [],
                    text,
                    "text",
                    $"synthetic-{i:D6}.txt");
                prepared[k] = PreparedArticle.From(article, extractor);
            });
            foreach (var article in prepared)
            {
                await writer.WriteAsync(article);
            }

            if ((from / Batch) % 10 == 0)
            {
                Console.WriteLine($"  built {from + size} of {count} articles in {stopwatch.Elapsed.TotalSeconds:0} s");
            }
        }

        var totals = await writer.CompleteAsync();
        await writer.DisposeAsync();
        Console.WriteLine($"built {totals.Added} documents ({totals.JoinedStories} joined an earlier story) in {stopwatch.Elapsed.TotalSeconds:0.0} s");
    }

    private static string Text(Random random, int i, string[] issues)
    {
        var builder = new StringBuilder(2400);
        builder.Append("Negotiators met again on day ").Append(i % 365).Append(" of the talks, round ").Append(i).Append(".\n\n");
        for (var paragraph = 0; paragraph < 5; paragraph++)
        {
            for (var s = 0; s < 3; s++)
            {
                if (random.Next(3) == 0)
                {
                    builder.Append(Parties[random.Next(Parties.Length)]).Append(' ').Append(Acts[random.Next(Acts.Length)]).Append(' ')
                        .Append(issues[random.Next(issues.Length)]).Append(Sourcing[random.Next(Sourcing.Length)]).Append(' ');
                }
                else
                {
                    builder.Append(Filler[random.Next(Filler.Length)]).Append(' ');
                }
            }

            builder.Append("Observers counted ").Append(random.Next(1000, 9999)).Append(" reports in round ").Append(i).Append(".\n\n");
        }

        return builder.ToString().TrimEnd();
    }
}
