using System.Runtime.InteropServices;
using System.Text;
using BenchmarkDotNet.Attributes;
using Parley.Analysis;

namespace Parley.Bench;

/// <summary>Per-article cost of the analysis layer: sentence splitting, tokenizing and phrase matching a ~600-word article against ~500 phrases.</summary>
[MemoryDiagnoser]
public class MatcherBenchmarks
{
    private static readonly string[] Sentences =
    [
        "Negotiators from Kyiv and Moscow met in Riyadh on Tuesday under U.S. mediation to discuss a 30-day ceasefire.",
        "Russia's delegation demanded that Ukraine withdraw from the four annexed regions before any truce.",
        "“We will not trade territory for a pause in the shelling,” Ukraine's foreign minister told reporters.",
        "Gen. Kellogg said the United States wanted security guarantees that European partners could enforce.",
        "The talks, which began at 10 a.m. on Monday, ran until late in the evening.",
        "A draft seen by reporters mentions an exchange of prisoners and the return of deported children.",
        "Officials in Brussels said the EU would keep sanctions in place until a lasting peace deal is signed.",
        "The Kremlin's spokesman called the American proposal a basis for further work but not a final text.",
        "Kyiv insisted that the Zaporizhzhia nuclear power plant must return to Ukrainian control.",
        "Moscow wants sanctions relief, recognition of its annexations and limits on the size of Ukraine's army.",
        "Turkey offered to host a monitoring mission for a maritime truce in the Black Sea.",
        "Diplomats said an energy infrastructure moratorium could be the first step toward a broader ceasefire.",
        "The U.K. and France discussed sending peacekeepers once a ceasefire agreement is reached.",
        "Mr. Witkoff travelled to St. Petersburg for a five-hour meeting with the Russian president.",
        "Neither side would confirm whether NATO membership for Ukraine was still on the table.",
        "Both delegations agreed to meet again on Jan. 15 in Istanbul, according to a joint statement.",
        "Ukrainian officials said 3.5 percent of the front line had seen no shelling since the truce began.",
        "“Why should we stop now?” a senior Russian negotiator asked during a break in the talks.",
        "Analysts warned that a frozen conflict would leave millions of Ukrainians under occupation.",
        "The foreign ministers of Poland and the Baltic states called for stronger air defence guarantees.",
    ];

    private static readonly string[] Actors =
    [
        "Russia", "Ukraine", "Kyiv", "Moscow", "Kremlin", "=US", "United States", "Washington", "=EU", "European Union",
        "NATO", "Turkey", "France", "Germany", "U.K.", "Britain", "Poland", "China", "Saudi Arabia", "Qatar",
        "Zelensky", "Putin", "Trump", "Witkoff", "Kellogg",
    ];

    private static readonly string[] Issues =
    [
        "ceasefire", "30-day ceasefire", "truce", "maritime truce", "security guarantees", "peacekeepers", "sanctions",
        "sanctions relief", "prisoner exchange", "exchange of prisoners", "deported children", "annexed regions",
        "territory", "withdraw", "NATO membership", "neutrality", "army size", "nuclear power plant",
        "Zaporizhzhia nuclear power plant", "energy infrastructure", "moratorium", "Black Sea", "monitoring mission",
        "peace deal", "frozen conflict", "occupation", "air defence", "recognition", "elections", "reparations",
    ];

    private readonly List<Token> _tokens = new(2048);
    private readonly List<PhraseMatch> _matches = new(256);
    private readonly List<TextSpan> _sentences = new(128);
    private string _article = null!;
    private PhraseMatcher _matcher = null!;

    /// <summary>Number of words in the article (for reporting).</summary>
    public int WordCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < 3800; i++)
        {
            text.Append(Sentences[i % Sentences.Length]);
            text.Append(i % 3 == 2 ? "\n\n" : " ");
        }

        _article = text.ToString();
        WordCount = _article.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

        var builder = new PhraseMatcherBuilder();
        var payload = 0;
        foreach (var actor in Actors)
        {
            builder.Add(actor, payload++);
        }

        foreach (var issue in Issues)
        {
            builder.Add(issue, payload++);
        }

        foreach (var actor in Actors)
        {
            foreach (var issue in Issues)
            {
                if (builder.Count >= 500)
                {
                    break;
                }

                builder.Add(actor + " " + issue.TrimStart('='), payload++);
            }
        }

        _matcher = builder.Build();
    }

    [Benchmark]
    public int SplitSentences()
    {
        _sentences.Clear();
        SentenceSplitter.Split(_article, 0, _sentences);
        return _sentences.Count;
    }

    [Benchmark]
    public int Tokenize()
    {
        _tokens.Clear();
        Tokenizer.Tokenize(_article, 0, _tokens);
        return _tokens.Count;
    }

    [Benchmark(Baseline = true)]
    public int TokenizeAndMatch()
    {
        _tokens.Clear();
        _matches.Clear();
        Tokenizer.Tokenize(_article, 0, _tokens);
        _matcher.Match(_article, CollectionsMarshal.AsSpan(_tokens), _matches);
        return _matches.Count;
    }
}
