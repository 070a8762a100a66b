using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Parley.Claims;
using Parley.Codebooks;
using Parley.Positions;
using Parley.Store;

namespace Parley.Bench;

/// <summary>The position queries over a large synthetic store: builds it by bulk insert (one transaction), rebuilds <c>position_cells</c>, then times the map, timelines and changes (median of several runs).</summary>
internal static class PositionsBench
{
    private static readonly DateOnly Start = new(2025, 1, 1);
    private static readonly DateOnly IngestDay = new(2026, 1, 15);

    public static void Run(int claims, string? path)
    {
        var keep = path is not null;
        path ??= Path.Combine(Path.GetTempPath(), "parley-bench", $"positions-{claims}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var store = ParleyStore.Open(path))
        {
            var stored = Convert.ToInt64(Scalar(store, "SELECT count(*) FROM claims"), CultureInfo.InvariantCulture);
            if (stored < claims)
            {
                Build(store, claims);
            }
            else
            {
                Console.WriteLine($"using {path}: {stored} claims already stored");
            }

            Measure(store);
        }

        if (!keep)
        {
            foreach (var file in (string[])[path, path + "-wal", path + "-shm"])
            {
                File.Delete(file);
            }
        }
    }

    private static void Build(ParleyStore store, int claims)
    {
        var codebook = Codebook.Default;
        var actors = codebook.Actors.Select(a => a.Id).ToArray();
        var issues = codebook.Issues.Select(i => i.Id).ToArray();
        var random = new Random(2025);
        var stopwatch = Stopwatch.StartNew();
        using (var wipe = store.Connection.CreateCommand())
        {
            wipe.CommandText = "DELETE FROM claims; DELETE FROM cites; DELETE FROM story_bands; DELETE FROM documents; DELETE FROM stories; DELETE FROM position_cells;";
            wipe.ExecuteNonQuery();
        }

        // Each party has a usual stance per issue; one claim in six goes the other way (conflicting reports).
        var usual = new bool[actors.Length, issues.Length];
        for (var a = 0; a < actors.Length; a++)
        {
            for (var i = 0; i < issues.Length; i++)
            {
                usual[a, i] = random.Next(2) == 0;
            }
        }

        using var transaction = store.Connection.BeginTransaction();
        using var story = Command(store, transaction, "INSERT INTO stories(documents, first_document) VALUES (1, NULL) RETURNING id");
        using var grow = Command(store, transaction, "UPDATE stories SET documents = documents + 1 WHERE id = $story", "$story");
        using var firstDocument = Command(store, transaction, "UPDATE stories SET first_document = $id WHERE id = $story", "$id", "$story");
        using var document = Command(
            store,
            transaction,
            "INSERT INTO documents(doc, origin, format, title, outlet, published, text, content_hash, story_id, ingested_at) VALUES ($doc, $doc, 'text', $title, $outlet, $published, $text, $hash, $story, $ingested) RETURNING id",
            "$doc", "$title", "$outlet", "$published", "$text", "$hash", "$story", "$ingested");
        using var claim = Command(
            store,
            transaction,
            "INSERT INTO claims(document_id, actor, act, issue, stance, speaker, start_offset, end_offset, attribution, via, hedged, day, date_is_ingest, story_id, flags) " +
            "VALUES ($doc, $actor, $act, $issue, $stance, NULL, $start, $end, $attribution, $via, $hedged, $day, $ingest, $story, $flags)",
            "$doc", "$actor", "$act", "$issue", "$stance", "$start", "$end", "$attribution", "$via", "$hedged", "$day", "$ingest", "$story", "$flags");

        var written = 0;
        var documents = 0;
        var recent = new List<(long Story, DateOnly? Date, List<Synthetic> Claims)>();
        var text = new StringBuilder(1024);
        while (written < claims)
        {
            // Three articles in ten are syndicated copies of a recent story: the same claims, a day or two later, another outlet.
            List<Synthetic> items;
            long storyId;
            DateOnly? date;
            var copy = recent.Count > 0 && random.Next(10) < 3;
            if (copy)
            {
                var original = recent[random.Next(recent.Count)];
                storyId = original.Story;
                items = original.Claims;
                date = original.Date?.AddDays(random.Next(3));
                grow.Parameters["$story"].Value = storyId;
                grow.ExecuteNonQuery();
            }
            else
            {
                storyId = Convert.ToInt64(story.ExecuteScalar(), CultureInfo.InvariantCulture);
                date = random.Next(20) == 0 ? null : Start.AddDays(random.Next(365));
                items = [];
                for (var k = 0; k < 7; k++)
                {
                    var a = Zipf(random, actors.Length, 0.45);
                    var i = Zipf(random, issues.Length, 0.2);
                    var isFor = usual[a, i] ^ random.Next(6) == 0;
                    var kind = Pick(random, [35, 10, 20, 30, 5]);
                    var act = isFor ? (ClaimAct)Pick(random, [40, 35, 25, 0]) : random.Next(4) == 0 ? ClaimAct.Demand : ClaimAct.Reject;
                    items.Add(new Synthetic(actors[a], issues[i], act, isFor ? Stance.For : Stance.Against, (AttributionKind)kind, kind == (int)AttributionKind.Unconfirmed));
                }

                recent.Add((storyId, date, items));
                if (recent.Count > 200)
                {
                    recent.RemoveAt(0);
                }
            }

            documents++;
            text.Clear();
            var offsets = new List<(int Start, int End)>(items.Count);
            foreach (var item in items)
            {
                var start = text.Length;
                text.Append(item.Actor).Append(' ').Append(item.Act.ToString().ToLowerInvariant()).Append("s ").Append(item.Issue.Replace('_', ' '))
                    .Append(item.Stance == Stance.For ? " in talks on round " : " and rejects the terms of round ").Append(documents).Append('.');
                offsets.Add((start, text.Length));
                text.Append(' ');
            }

            var outlet = "Outlet " + random.Next(40).ToString(CultureInfo.InvariantCulture);
            var p = document.Parameters;
            p["$doc"].Value = $"synthetic-{documents:D7}.txt";
            p["$title"].Value = $"Round {documents}";
            p["$outlet"].Value = outlet;
            p["$published"].Value = date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
            p["$text"].Value = text.ToString();
            p["$hash"].Value = BitConverter.GetBytes((long)documents);
            p["$story"].Value = storyId;
            p["$ingested"].Value = IngestDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T12:00:00Z";
            var documentId = Convert.ToInt64(document.ExecuteScalar(), CultureInfo.InvariantCulture);
            if (!copy)
            {
                firstDocument.Parameters["$id"].Value = documentId;
                firstDocument.Parameters["$story"].Value = storyId;
                firstDocument.ExecuteNonQuery();
            }

            for (var k = 0; k < items.Count && written < claims; k++)
            {
                var item = items[k];
                var q = claim.Parameters;
                q["$doc"].Value = documentId;
                q["$actor"].Value = item.Actor;
                q["$act"].Value = item.Act.ToString().ToLowerInvariant();
                q["$issue"].Value = item.Issue;
                q["$stance"].Value = item.Stance == Stance.For ? "for" : "against";
                q["$start"].Value = offsets[k].Start;
                q["$end"].Value = offsets[k].End;
                q["$attribution"].Value = ClaimJson.KindName(item.Kind);
                q["$via"].Value = item.Kind is AttributionKind.Report or AttributionKind.Anonymous ? $"[\"{outlet}\",\"Reuters\"]" : DBNull.Value;
                q["$hedged"].Value = item.Hedged ? 1 : 0;
                q["$day"].Value = (date ?? IngestDay).DayNumber;
                q["$ingest"].Value = date is null ? 1 : 0;
                q["$story"].Value = storyId;
                q["$flags"].Value = ClaimFlags.Make(item.Stance, item.Act, item.Kind, item.Hedged, date is null);
                claim.ExecuteNonQuery();
                written++;
            }
        }

        transaction.Commit();
        Console.WriteLine($"built: {written} claims in {documents} documents ({Scalar(store, "SELECT count(*) FROM stories")} stories) in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        stopwatch.Restart();
        store.RebuildPositions();
        Console.WriteLine($"position_cells rebuilt from the claims (the migration's back-fill) in {stopwatch.Elapsed.TotalSeconds:0.0} s: {Scalar(store, "SELECT count(*) FROM position_cells")} rows");
        stopwatch.Restart();
        using (var analyze = store.Connection.CreateCommand())
        {
            analyze.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            analyze.ExecuteNonQuery();
        }

        Console.WriteLine($"store: {new FileInfo(store.Path).Length / (1024 * 1024)} MB");
    }

    private static void Measure(ParleyStore store)
    {
        if (Environment.GetEnvironmentVariable("PARLEY_BENCH_SQL") is { Length: > 0 } setting)
        {
            // A connection setting to compare (e.g. "PRAGMA mmap_size=1073741824").
            using var command = store.Connection.CreateCommand();
            command.CommandText = setting;
            command.ExecuteNonQuery();
            Console.WriteLine($"with: {setting}");
        }

        var queries = new PositionQueries(store);
        var last = DateOnly.FromDayNumber(Convert.ToInt32(Scalar(store, "SELECT max(day) FROM claims WHERE date_is_ingest = 0"), CultureInfo.InvariantCulture));
        var first = DateOnly.FromDayNumber(Convert.ToInt32(Scalar(store, "SELECT min(day) FROM claims"), CultureInfo.InvariantCulture));
        var rare = Convert.ToString(Scalar(store, "SELECT issue FROM position_cells WHERE stance = '' GROUP BY issue ORDER BY sum(claims) LIMIT 1"), CultureInfo.InvariantCulture)!;
        Console.WriteLine($"claims {Scalar(store, "SELECT count(*) FROM claims")}, dated {first:yyyy-MM-dd} to {last:yyyy-MM-dd}; ceasefire {Scalar(store, "SELECT count(*) FROM claims WHERE issue = 'ceasefire'")} claims, {rare} {Scalar(store, $"SELECT count(*) FROM claims WHERE issue = '{rare}'")}; RU {Scalar(store, "SELECT count(*) FROM claims WHERE actor = 'RU'")}");
        Console.WriteLine($"{"query",-58} {"median",9} {"min",9} {"rows",9}");
        Time("Map(all) [position_cells]", () => queries.Map(ClaimFilter.All).Cells.Count);
        Time("Map(actor RU) [position_cells]", () => queries.Map(new ClaimFilter(Actor: "RU")).Cells.Count);
        Time("Map(issue ceasefire) [position_cells]", () => queries.Map(new ClaimFilter(Issue: "ceasefire")).Cells.Count);
        Time("Map(last 7 days) [scan]", () => queries.Map(new ClaimFilter(Since: last.AddDays(-6))).Cells.Count);
        Time("Map(last 30 days) [scan]", () => queries.Map(new ClaimFilter(Since: last.AddDays(-29))).Cells.Count);
        Time("Map(last 90 days) [scan]", () => queries.Map(new ClaimFilter(Since: last.AddDays(-89))).Cells.Count);
        Time("Map(all but the first day) [scan, worst case]", () => queries.Map(new ClaimFilter(Since: first.AddDays(1))).Cells.Count, runs: 3);
        Time("Claims(issue ceasefire, limit 50) [timeline page]", () => queries.Claims(new ClaimFilter(Issue: "ceasefire"), 50).Count);
        Time("Claims(issue ceasefire, last 30 days, limit 50)", () => queries.Claims(new ClaimFilter(Issue: "ceasefire", Since: last.AddDays(-29)), 50).Count);
        Time($"Claims(issue {rare}) [whole timeline]", () => queries.Claims(new ClaimFilter(Issue: rare)).Count);
        Time("Claims(issue ceasefire, last 30 days) [whole window]", () => queries.Claims(new ClaimFilter(Issue: "ceasefire", Since: last.AddDays(-29))).Count);
        Time("Claims(issue ceasefire) [whole timeline]", () => queries.Claims(new ClaimFilter(Issue: "ceasefire")).Count, runs: 3);
        Time("Claims(actor RU, issue ceasefire, limit 50)", () => queries.Claims(new ClaimFilter(Actor: "RU", Issue: "ceasefire"), 50).Count);
        Time("Claims(actor RU, limit 50)", () => queries.Claims(new ClaimFilter(Actor: "RU"), 50).Count);
        Time("Claims(all, limit 50)", () => queries.Claims(ClaimFilter.All, 50).Count);
        Time("Changes(since 7 days ago)", () => queries.Changes(last.AddDays(-6), ClaimFilter.All).Count);
        Time("Changes(since 30 days ago)", () => queries.Changes(last.AddDays(-29), ClaimFilter.All).Count);
        Time("Changes(since 90 days ago)", () => queries.Changes(last.AddDays(-89), ClaimFilter.All).Count, runs: 3);
        Time("Changes(since 30 days ago, actor RU)", () => queries.Changes(last.AddDays(-29), new ClaimFilter(Actor: "RU")).Count);
    }

    private static void Time(string name, Func<int> query, int runs = 7)
    {
        var rows = query();
        var times = new List<double>(runs);
        for (var run = 0; run < runs; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            rows = query();
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"{name,-58} {times[times.Count / 2],6:0.0} ms {times[0],6:0.0} ms {rows,9}");
    }

    private static int Zipf(Random random, int n, double decay)
    {
        // Geometric weights: the first ids (US, RU, UA; ceasefire, ukraine_nato...) get most claims.
        var x = (int)(-Math.Log(1 - random.NextDouble()) / decay);
        return Math.Min(x, n - 1);
    }

    private static int Pick(Random random, int[] weights)
    {
        var total = weights.Sum();
        var x = random.Next(total);
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static SqliteCommand Command(ParleyStore store, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = store.Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }

    private static object? Scalar(ParleyStore store, string sql)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private sealed record Synthetic(string Actor, string Issue, ClaimAct Act, Stance Stance, AttributionKind Kind, bool Hedged);
}
