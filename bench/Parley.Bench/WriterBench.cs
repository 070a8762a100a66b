using System.Diagnostics;
using Parley.Claims;
using Parley.Reading;
using Parley.Store;

namespace Parley.Bench;

/// <summary>The store writer alone, on one thread: articles already read with their claims extracted, written into fresh stores; median of several runs. Isolates the write path from the readers' CPU use.</summary>
internal static class WriterBench
{
    public static void Run(int count, int runs = 5)
    {
        var folder = Corpus.PlainText(count, seed: 7);
        var extractor = ClaimExtractor.Default;
        var prepared = Directory.GetFiles(folder).Order(StringComparer.Ordinal)
            .SelectMany(path => ArticleReader.Default.Read(new SourceText(Path.GetFileName(path), path, File.ReadAllText(path), "txt", null, null)).Articles)
            .Select((article, i) => PreparedArticle.From(article with { Published = new DateOnly(2025, 1, 1).AddDays(i % 300) }, extractor))
            .ToArray();
        var claims = prepared.Sum(p => p.Claims.Count);
        Console.WriteLine($"writer: {prepared.Length} articles, {claims} claims ({(double)claims / prepared.Length:0.0} per article)");
        var times = new List<double>();
        var cpuTimes = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            var db = Path.Combine(folder, $"writer-{run}.db");
            using (var store = ParleyStore.Open(db))
            {
                if (Environment.GetEnvironmentVariable("PARLEY_BENCH_SQL") is { Length: > 0 } variant)
                {
                    // A variant of the schema to compare (e.g. "DROP INDEX claims_day"), run on each fresh store.
                    using var command = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db}");
                    command.Open();
                    using var sql = command.CreateCommand();
                    sql.CommandText = variant;
                    sql.ExecuteNonQuery();
                }

                using var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var stopwatch = Stopwatch.StartNew();
                var writer = new StoreWriter(store);
                foreach (var p in prepared)
                {
                    writer.WriteAsync(p).AsTask().GetAwaiter().GetResult();
                }

                writer.CompleteAsync().GetAwaiter().GetResult();
                var microseconds = stopwatch.Elapsed.TotalMilliseconds * 1000 / prepared.Length;
                process.Refresh();
                var cpuMicroseconds = (process.TotalProcessorTime - cpu).TotalMilliseconds * 1000 / prepared.Length;
                Console.WriteLine($"  run {run}{(run == 0 ? " (warm-up)" : string.Empty)}: {microseconds:0.0} µs per article = {1e6 / microseconds:0} articles/s; CPU {cpuMicroseconds:0.0} µs per article");
                if (run > 0)
                {
                    times.Add(microseconds);
                    cpuTimes.Add(cpuMicroseconds);
                }
            }

            foreach (var file in (string[])[db, db + "-wal", db + "-shm"])
            {
                File.Delete(file);
            }
        }

        times.Sort();
        cpuTimes.Sort();
        Console.WriteLine($"store writer with claims: median {times[times.Count / 2]:0.0} µs per article ({1e6 / times[times.Count / 2]:0} articles/s on one thread), CPU {cpuTimes[cpuTimes.Count / 2]:0.0} µs per article; best run {times[0]:0.0} µs, CPU {cpuTimes[0]:0.0} µs");
        Directory.Delete(folder, recursive: true);
    }
}
