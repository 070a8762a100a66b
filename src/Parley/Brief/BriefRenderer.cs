namespace Parley.Brief;

/// <summary>Turns a brief's content into a self-contained HTML file or Markdown; immutable and safe to share.</summary>
public sealed class BriefRenderer
{
    /// <summary>A renderer with the given limits (the defaults when null).</summary>
    public BriefRenderer(BriefOptions? options = null)
    {
        Options = options ?? BriefOptions.Default;
    }

    /// <summary>A renderer with the default limits.</summary>
    public static BriefRenderer Default { get; } = new();

    /// <summary>The limits it renders with.</summary>
    public BriefOptions Options { get; }

    /// <summary>The brief in the format asked for.</summary>
    public string Render(BriefContent content, BriefFormat format) => format switch
    {
        BriefFormat.Markdown => Markdown(content),
        _ => Html(content),
    };

    /// <summary>One self-contained HTML document: inline CSS and SVG, no script, nothing fetched; every article-derived string encoded.</summary>
    public string Html(BriefContent content) => HtmlBrief.Render(BriefView.Build(content, Options));

    /// <summary>Markdown with the same sections; article text escaped.</summary>
    public string Markdown(BriefContent content) => MarkdownBrief.Render(BriefView.Build(content, Options));
}
