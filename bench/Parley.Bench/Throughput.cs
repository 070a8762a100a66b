using System.Diagnostics;
using Parley.Ingest;
using Parley.Reading;
using Parley.Reading.Inputs;
using Parley.Store;

namespace Parley.Bench;

/// <summary>End-to-end ingest throughput (read from disk, extract, hash, store) and memory as the corpus grows.</summary>
internal static class Throughput
{
    /// <summary>Reader threads: <c>PARLEY_THREADS</c>, or 0 for one per core.</summary>
    private static int Threads => int.Parse(Environment.GetEnvironmentVariable("PARLEY_THREADS") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs the same code on a throw-away store first, so the measured run is not charged for JIT compilation.</summary>
    private static async Task WarmUpAsync(List<RawInput> inputs)
    {
        var db = Path.Combine(Path.GetTempPath(), "parley-bench", $"warm-{Guid.NewGuid():N}.db");
        var stopwatch = Stopwatch.StartNew();
        using (var store = ParleyStore.Open(db))
        using (var loader = new InputLoader())
        {
            var report = await new Ingestor(ArticleReader.Default, loader, extractor: Parley.Claims.ClaimExtractor.Default).IngestAsync(store, inputs);
            Console.WriteLine($"warm-up (cold start, JIT included): {report.Articles} articles in {stopwatch.Elapsed.TotalSeconds:0.00} s = {report.Articles / stopwatch.Elapsed.TotalSeconds:0} articles/s");
        }

        foreach (var file in (string[])[db, db + "-wal", db + "-shm"])
        {
            File.Delete(file);
        }
    }

    /// <summary>Reads and extracts claims (no store) on all cores, after a warm-up pass.</summary>
    public static async Task<bool> ExtractAsync(int count)
    {
        var folder = Corpus.PlainText(count);
        using var loader = new InputLoader();
        var pipeline = new ReadPipeline(ArticleReader.Default, loader);
        var extractor = Parley.Claims.ClaimExtractor.Default;
        var inputs = InputFinder.Expand([folder]).ToList();
        for (var pass = 0; pass < 2; pass++)
        {
            var batch = pass == 0 ? inputs.Take(Math.Min(2000, inputs.Count)).ToList() : inputs;
            var articles = 0;
            var claims = 0;
            var stopwatch = Stopwatch.StartNew();
            await foreach (var (outcome, found) in pipeline.ReadAsync(batch, o => (o, o.Articles.Sum(a => extractor.Extract(a).Count))))
            {
                articles += outcome.Articles.Count;
                claims += found;
            }

            var rate = articles / stopwatch.Elapsed.TotalSeconds;
            Console.WriteLine($"{(pass == 0 ? "warm-up" : "extract")}: {articles} articles, {claims} claims in {stopwatch.Elapsed.TotalSeconds:0.00} s = {rate:0} articles/s on {Environment.ProcessorCount} cores");
            if (pass == 1)
            {
                Directory.Delete(folder, recursive: true);
                Console.WriteLine($"target 2000/s: {(rate >= 2000 ? "met" : "MISSED")}");
                return rate >= 2000;
            }
        }

        return false;
    }

    /// <summary>Reads only (no store), to separate reading cost from storing cost.</summary>
    public static async Task ReadOnlyAsync(string kind, int count, string? benchFolder)
    {
        var folder = kind == "html" ? Corpus.Html(count, benchFolder ?? "../shared/bench/article-extraction") : Corpus.PlainText(count);
        using var loader = new InputLoader();
        var pipeline = new ReadPipeline(ArticleReader.Default, loader, Threads);
        var articles = 0;
        var stopwatch = Stopwatch.StartNew();
        await foreach (var outcome in pipeline.ReadAsync(InputFinder.Expand([folder]), o => (o, o.Articles.Select(a => PreparedArticle.From(a)).ToList())))
        {
            articles += outcome.o.Articles.Count;
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"{kind} read only: {articles} articles in {stopwatch.Elapsed.TotalSeconds:0.00} s = {articles / stopwatch.Elapsed.TotalSeconds:0} articles/s; CPU {process.TotalProcessorTime.TotalMilliseconds / Math.Max(1, articles):0.000} ms per article including preparation");
        Directory.Delete(folder, recursive: true);
    }

    public static async Task<bool> RunAsync(string kind, int count, string? benchFolder, double target)
    {
        Console.WriteLine($"Preparing {count} {kind} inputs...");
        var folder = kind == "html" ? Corpus.Html(count, benchFolder ?? "../shared/bench/article-extraction") : Corpus.PlainText(count);
        var inputs = InputFinder.Expand([folder]).ToList();
        var db = Path.Combine(Path.GetTempPath(), "parley-bench", $"bench-{Guid.NewGuid():N}.db");
        await WarmUpAsync(inputs.Take(Math.Min(inputs.Count, kind == "html" ? 300 : 2000)).ToList());
        try
        {
            using var store = ParleyStore.Open(db);
            using var loader = new InputLoader();
            var ingestor = new Ingestor(ArticleReader.Default, loader, Threads, Parley.Claims.ClaimExtractor.Default);
            var done = 0;
            var checkpoints = new List<string>();
            using var process = Process.GetCurrentProcess();
            GC.Collect();
            var stopwatch = Stopwatch.StartNew();
            var report = await ingestor.IngestAsync(store, inputs, _ =>
            {
                done++;
                if (done % Math.Max(1, count / 4) == 0)
                {
                    process.Refresh();
                    checkpoints.Add($"{done,7} inputs: working set {process.WorkingSet64 / (1024 * 1024),5} MB, managed heap {GC.GetTotalMemory(false) / (1024 * 1024),5} MB");
                }
            });
            stopwatch.Stop();
            var rate = report.Articles / stopwatch.Elapsed.TotalSeconds;
            foreach (var line in checkpoints)
            {
                Console.WriteLine(line);
            }

            Console.WriteLine($"{kind}: {report.Articles} articles ({report.Added} stored, {report.Failed} failed) in {stopwatch.Elapsed.TotalSeconds:0.00} s = {rate:0} articles/s on {Environment.ProcessorCount} cores (target {target:0}/s: {(rate >= target ? "met" : "MISSED")})");
            process.Refresh();
            Console.WriteLine($"CPU time {process.TotalProcessorTime.TotalSeconds:0.00} s = {process.TotalProcessorTime.TotalMilliseconds / Math.Max(1, report.Articles):0.000} ms per article (all threads, including corpus preparation)");
            Console.WriteLine($"GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2; server GC {System.Runtime.GCSettings.IsServerGC}");
            Console.WriteLine($"peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MB; store {new FileInfo(db).Length / (1024 * 1024)} MB");
            return rate >= target;
        }
        finally
        {
            foreach (var file in (string[])[db, db + "-wal", db + "-shm"])
            {
                File.Delete(file);
            }

            Directory.Delete(folder, recursive: true);
        }
    }
}
