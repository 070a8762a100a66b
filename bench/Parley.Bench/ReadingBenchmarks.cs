using BenchmarkDotNet.Attributes;
using Parley.Reading;

namespace Parley.Bench;

/// <summary>Per-article reading and extraction cost (time and allocations).</summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private SourceText _text = null!;
    private SourceText _html = null!;

    [GlobalSetup]
    public void Setup()
    {
        var textFolder = Corpus.PlainText(1);
        _text = Source(Directory.GetFiles(textFolder)[0], "txt");
        var htmlFolder = Corpus.Html(1, Corpus.BenchPages());
        _html = Source(Directory.GetFiles(htmlFolder)[0], "html");
    }

    [Benchmark]
    public int PlainTextArticle() => ArticleReader.Default.Read(_text).Articles[0].Text.Length;

    [Benchmark]
    public int HtmlPage() => ArticleReader.Default.Read(_html).Articles[0].Text.Length;

    /// <summary>The whole claims pipeline for one ~600-word article: read, then extract.</summary>
    [Benchmark]
    public int ReadAndExtractClaims() => Parley.Claims.ClaimExtractor.Default.Extract(ArticleReader.Default.Read(_text).Articles[0]).Count;

    private static SourceText Source(string path, string extension) => new(Path.GetFileName(path), path, File.ReadAllText(path), extension, null, null);
}
