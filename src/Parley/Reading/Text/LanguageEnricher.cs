namespace Parley.Reading.Text;

/// <summary>Fills in an article's language from its text when the input did not declare one.</summary>
public sealed class LanguageEnricher : IArticleEnricher
{
    /// <inheritdoc />
    public Article Enrich(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!string.IsNullOrEmpty(article.Language))
        {
            var code = article.Language.Length > 2 ? article.Language[..2].ToLowerInvariant() : article.Language.ToLowerInvariant();
            return code == article.Language ? article : article with { Language = code };
        }

        return article with { Language = LanguageGuesser.Guess(article.Text) };
    }
}
