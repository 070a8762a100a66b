using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Parley.Reading;
using Parley.Reading.Inputs;

namespace Parley.Evaluation;

/// <summary>Scores Parley's reading against the public benchmarks in <c>shared/bench</c>, computed exactly as their README says.</summary>
public static class BenchmarkScorer
{
    /// <summary>Article text extraction on <c>bench/article-extraction</c>.</summary>
    public static ExtractionScore ScoreExtraction(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "ground-truth.json")));
        var entries = truth.RootElement.EnumerateObject().Select(p => (Id: p.Name, Body: p.Value.GetProperty("articleBody").GetString() ?? string.Empty, Url: p.Value.GetProperty("url").GetString())).ToList();
        var pages = new ExtractionPage[entries.Count];
        Parallel.For(0, entries.Count, i =>
        {
            var (id, body, url) = entries[i];
            var html = DecodePage(Path.Combine(folder, "html", id + ".html.gz"));
            var outcome = ArticleReader.Default.Read(new SourceText(id, id, html, "html", "text/html", url));
            var predicted = outcome.Failed ? string.Empty : outcome.Articles[0].Text;
            pages[i] = new ExtractionPage(id, url, ShingleScore.Count(predicted, body));
        });
        var counts = pages.Select(p => p.Counts).ToList();
        var (precision, recall, f1) = ShingleScore.Aggregate(counts);
        return new ExtractionScore(precision, recall, f1, pages);
    }

    /// <summary>Publication dates on <c>bench/dates</c>: exact match at day level; no date counts as a miss.</summary>
    public static DateScore ScoreDates(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        // The published ground truth writes NaN (not JSON) for pages that carry no date: read it as null.
        var json = File.ReadAllText(Path.Combine(folder, "ground-truth.json")).Replace(": NaN", ": null", StringComparison.Ordinal);
        using var truth = JsonDocument.Parse(json);
        var entries = truth.RootElement.EnumerateObject().Select(p => (Url: p.Name, File: p.Value.GetProperty("file").GetString()!, Date: p.Value.GetProperty("date").GetString())).ToList();
        var pages = new DatePage[entries.Count];
        Parallel.For(0, entries.Count, i =>
        {
            var (url, file, date) = entries[i];
            var html = DecodePage(Path.Combine(folder, "html", file));
            var outcome = ArticleReader.Default.Read(new SourceText(file, file, html, "html", "text/html", url));
            var found = outcome.Failed ? null : outcome.Articles[0].Published;
            DateOnly? expected = date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            pages[i] = new DatePage(file, url, expected, found);
        });
        var correct = pages.Count(p => p.Found == p.Expected);
        return new DateScore(correct, pages.Length, pages.Length == 0 ? 0 : correct / (double)pages.Length, pages);
    }

    private static string DecodePage(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (InputLoader.IsGzip(bytes))
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var target = new MemoryStream();
            gzip.CopyTo(target);
            bytes = target.ToArray();
        }

        return TextDecoder.Decode(bytes, null, looksLikeMarkup: true);
    }
}

/// <summary>One benchmark page's extraction counts.</summary>
/// <param name="Id">The page id.</param>
/// <param name="Url">Its address.</param>
/// <param name="Counts">Its shingle counts.</param>
public sealed record ExtractionPage(string Id, string? Url, ShingleScore.PageCounts Counts);

/// <summary>The article-extraction score.</summary>
/// <param name="Precision">Mean precision over pages.</param>
/// <param name="Recall">Mean recall over pages.</param>
/// <param name="F1">F1 of the two means.</param>
/// <param name="Pages">Per-page counts.</param>
public sealed record ExtractionScore(double Precision, double Recall, double F1, IReadOnlyList<ExtractionPage> Pages);

/// <summary>One benchmark page's date result.</summary>
/// <param name="File">The page file.</param>
/// <param name="Url">Its address.</param>
/// <param name="Expected">The true publication date, or null where the page has none (then finding none is right).</param>
/// <param name="Found">What Parley found, or null.</param>
public sealed record DatePage(string File, string Url, DateOnly? Expected, DateOnly? Found);

/// <summary>The date-extraction score.</summary>
/// <param name="Correct">Pages with the right day.</param>
/// <param name="Total">Pages scored.</param>
/// <param name="Accuracy">Correct over total.</param>
/// <param name="Pages">Per-page results.</param>
public sealed record DateScore(int Correct, int Total, double Accuracy, IReadOnlyList<DatePage> Pages);
