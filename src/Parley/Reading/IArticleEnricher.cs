namespace Parley.Reading;

/// <summary>A stage that adds what every format shares (cited sources, language) to a freshly read article.</summary>
public interface IArticleEnricher
{
    /// <summary>Returns the article with the stage's fields filled in.</summary>
    Article Enrich(Article article);
}
