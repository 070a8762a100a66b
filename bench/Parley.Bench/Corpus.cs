using System.IO.Compression;
using System.Text;

namespace Parley.Bench;

/// <summary>Builds benchmark corpora on disk: synthetic scraped-text articles and copies of real benchmark pages.</summary>
internal static class Corpus
{
    private static readonly string[] Sentences =
    [
        "Delegations from both sides met behind closed doors for several hours on Tuesday, officials said.",
        "The talks focused on a partial ceasefire covering energy infrastructure and shipping in the Black Sea.",
        "A senior official, speaking on condition of anonymity, said the sides remained far apart on territory.",
        "The Kremlin spokesman told reporters that any settlement must address what Moscow calls the root causes of the conflict.",
        "Kyiv insists that a ceasefire without security guarantees would only give the invading army time to regroup.",
        "European leaders said they were ready to contribute to a reassurance force once fighting stops.",
        "Washington has threatened secondary tariffs on buyers of Russian oil if no progress is made within weeks.",
        "Negotiators agreed to exchange prisoners of war and to return the bodies of fallen soldiers.",
        "The foreign minister said his country would never recognise the annexation of occupied regions.",
        "Analysts cautioned that previous truces had collapsed within days amid mutual accusations of violations.",
        "The envoy described the meeting as constructive and said another round could take place next month.",
        "Officials in the capital said the draft framework had been revised after consultations with allies.",
        "According to people familiar with the matter, the proposal includes a freeze along the current front line.",
        "The plant has been under occupation since March 2022 and its status remains one of the most sensitive issues.",
        "Sanctions relief, including reconnecting a major bank to the SWIFT system, was raised by the other delegation.",
        "Shelling continued overnight in several frontline towns, regional authorities reported on their channel.",
    ];

    private static readonly string[] Furniture = ["Share this Post", "3 Min Read", "Follow us on Telegram", "Leave a Comment", "Read also"];

    /// <summary>Writes <paramref name="count"/> distinct plain-text articles of about 600 words into a new folder.</summary>
    public static string PlainText(int count, int seed = 1)
    {
        var folder = NewFolder("text");
        var random = new Random(seed);
        var builder = new StringBuilder(8192);
        for (var i = 0; i < count; i++)
        {
            builder.Clear();
            builder.Append("Talks round ").Append(i).Append(" ends without a breakthrough\n\n");
            builder.Append(Furniture[random.Next(Furniture.Length)]).Append("\n\n");
            var words = 0;
            while (words < 600)
            {
                for (var s = 0; s < 4 && words < 600; s++)
                {
                    // Real articles share phrases but not whole paragraphs: every sentence gets its own names and numbers.
                    var sentence = Sentences[random.Next(Sentences.Length)];
                    var cut = sentence.IndexOf(' ', sentence.Length / 2);
                    builder.Append(sentence.AsSpan(0, cut)).Append(' ').Append(Word(random)).Append(' ').Append(Word(random))
                        .Append(sentence.AsSpan(cut)).Append(' ');
                    words += 17;
                }

                builder.Append("Round ").Append(i).Append(", paragraph ").Append(words).Append(".\n\n");
            }

            builder.Append(Furniture[random.Next(Furniture.Length)]).Append('\n');
            File.WriteAllText(Path.Combine(folder, $"article-{i:D6}.txt"), builder.ToString());
        }

        return folder;
    }

    private static readonly string[] Syllables = ["ka", "ro", "mi", "sta", "vel", "din", "por", "tes", "lu", "gra", "no", "shev", "ko", "ri", "an", "bel"];

    private static string Word(Random random)
    {
        var length = random.Next(2, 4);
        var word = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            word.Append(Syllables[random.Next(Syllables.Length)]);
        }

        return word.ToString();
    }

    /// <summary>Writes <paramref name="count"/> HTML pages made from the real benchmark pages, each made unique by a marker paragraph.</summary>
    public static string Html(int count, string benchFolder)
    {
        var pages = Directory.GetFiles(Path.Combine(benchFolder, "html"), "*.html.gz").Order(StringComparer.Ordinal).Select(Gunzip).ToArray();
        if (pages.Length == 0)
        {
            throw new InvalidOperationException($"no pages in {benchFolder}/html");
        }

        var folder = NewFolder("html");
        for (var i = 0; i < count; i++)
        {
            var page = pages[i % pages.Length];
            // Make each copy's article text unique, so every copy is stored: number the first paragraph.
            var at = page.IndexOf("<p>", StringComparison.OrdinalIgnoreCase);
            var copy = at >= 0 ? page.Insert(at + 3, $"Copy {i}. ") : page + $"<p>Copy {i}.</p>";
            File.WriteAllText(Path.Combine(folder, $"page-{i:D6}.html"), copy);
        }

        return folder;
    }

    /// <summary>The article-extraction benchmark pages: <c>PARLEY_BENCH_PAGES</c>, else <c>shared/bench/article-extraction</c> beside the repository.</summary>
    public static string BenchPages()
    {
        if (Environment.GetEnvironmentVariable("PARLEY_BENCH_PAGES") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Parley.slnx")))
            {
                return Path.Combine(folder.FullName, "..", "shared", "bench", "article-extraction");
            }
        }

        return Path.Combine("..", "shared", "bench", "article-extraction");
    }

    private static string Gunzip(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string NewFolder(string kind)
    {
        var folder = Path.Combine(Path.GetTempPath(), "parley-bench", kind + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
