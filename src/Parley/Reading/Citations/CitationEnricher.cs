namespace Parley.Reading.Citations;

/// <summary>Fills in the organisations an article cites when its reader did not.</summary>
public sealed class CitationEnricher(NewsOrganisations organisations) : IArticleEnricher
{
    private readonly CitationFinder _finder = new(organisations);

    /// <inheritdoc />
    public Article Enrich(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Cites.Count > 0 ? article : article with { Cites = _finder.Find(article.Text, article.Outlet) };
    }
}
